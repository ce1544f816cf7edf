import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DirectoryEntry, DirectoryView } from '@scenematch/contracts';
import { Actor, isStaff } from '@scenematch/server-common';
import { COMPANY_PROFILES, ORGANISATIONS, PRODUCTS, SCENARIOS } from '@scenematch/server-data';
import { DataSource } from 'typeorm';
import { DirectoryQueryDto } from './session.dto';
import { CATEGORY_SQL, loadSession, ownParticipant, participantBasics, ParticipantRow } from './session-rows';
import { SessionsService } from './sessions.service';

interface DirectoryRow extends ParticipantRow {
  profile_contact_name: string | null;
  profile_contact_phone: string | null;
  profile_contact_email: string | null;
}

/**
 * Who is coming to a session: every live registration with its scenarios, needs and (companies)
 * listed products. Anyone who may see the session sees the organisations; the contacts (the
 * registration's contact person, phone and e-mail, or a company's profile contact) only staff and
 * organisations with a live registration in the same session — a visitor or a company that has not
 * registered cannot harvest them.
 */
@Injectable()
export class SessionDirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async directory(sessionId: string, query: DirectoryQueryDto, actor: Actor | undefined): Promise<DirectoryView> {
    const manager = this.dataSource.manager;
    await loadSession(manager, sessionId, actor);
    const contactsVisible = isStaff(actor) || !!(await ownParticipant(manager, sessionId, actor));
    const params: unknown[] = [sessionId];
    let where = `p.session_id = $1 AND p.status = 'registered'`;
    if (query.category) {
      params.push(query.category);
      where += ` AND ${CATEGORY_SQL} = $${params.length}`;
    }
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const n = params.length;
      where += ` AND (o.name ILIKE $${n} OR p.needs::text ILIKE $${n}
                  OR EXISTS (SELECT 1 FROM ${SCENARIOS} s WHERE s.id = ANY(p.scenario_ids) AND s.title ILIKE $${n})
                  OR EXISTS (SELECT 1 FROM ${PRODUCTS} pr WHERE pr.organisation_id = o.id AND pr.status = 'listed' AND pr.name ILIKE $${n}))`;
    }
    const from = `FROM session_participants p JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id`;
    const [{ count }] = await manager.query<[{ count: number }]>(`SELECT count(*)::int AS count ${from} WHERE ${where}`, params);
    const rows = await manager.query<DirectoryRow[]>(
      `SELECT p.*, o.name AS organisation_name, o.type AS organisation_type, o.financier_kind,
              cp.contact_name AS profile_contact_name, cp.contact_phone AS profile_contact_phone, cp.contact_email AS profile_contact_email
         ${from} LEFT JOIN ${COMPANY_PROFILES} cp ON cp.organisation_id = o.id
        WHERE ${where} ORDER BY p.kind, o.name, p.id LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const titles = await this.sessions.scenarioTitles(rows.flatMap((r) => r.scenario_ids));
    const companyIds = rows.filter((r) => r.kind === 'enterprise').map((r) => r.organisation_id);
    const products = companyIds.length
      ? await manager.query<Array<{ id: string; name: string; organisation_id: string }>>(`SELECT p.id, p.name, p.organisation_id FROM ${PRODUCTS} p WHERE p.organisation_id = ANY($1::uuid[]) AND p.status = 'listed' ORDER BY p.name`, [companyIds])
      : [];
    const items = rows.map((r): DirectoryEntry => {
      const entry: DirectoryEntry = {
        participantId: r.id,
        ...participantBasics(r, titles),
        products: products.filter((p) => p.organisation_id === r.organisation_id).map((p) => ({ id: p.id, name: p.name })),
      };
      if (contactsVisible || r.organisation_id === actor?.organisationId) {
        entry.contact = {
          name: r.contact_name || r.profile_contact_name || '',
          phone: r.contact_phone || r.profile_contact_phone || '',
          email: r.contact_email || r.profile_contact_email || '',
        };
      }
      return entry;
    });
    const byCategory = await this.sessions.countByCategory(manager, sessionId);
    return { items, total: count, page: query.page, pageSize: query.pageSize, byCategory, contactsVisible };
  }
}
