/**
 * A session's agenda through the real pipeline, database included: 480 companies × 100 agencies
 * registered (8 slots, 60 tables), their match scores kept, ~1,400 requests (a quarter
 * accepted), then an agenda run through outbox, BullMQ and the worker until it is saved.
 * `agenda_job_s` is request → run completed (reading participants, requests and scores,
 * solving, replacing the meetings); the database's unique indexes hold the agenda's rules.
 */
import { syntheticSession } from '@scenematch/scheduling';
import { NotificationsModule } from '@scenematch/server-notifications';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { SessionJobsModule } from '@scenematch/server-sessions';
import { testConfig, testQueuePrefix, waitFor } from '@scenematch/server-testing';
import { Client } from 'pg';
import { benchDatabase, dropBenchData, startWorker } from './bench-env';
import { emit, runBench } from './bench-kit';

async function seed(sql: Client): Promise<string> {
  const input = syntheticSession({ seed: 2025 });
  const orgs = await sql.query<{ id: string; name: string }>(
    `INSERT INTO organisations (type, name)
     SELECT CASE WHEN n LIKE 'c%' THEN 'enterprise' ELSE 'agency' END, '基准' || n FROM unnest($1::text[]) AS n RETURNING id, name`,
    [[...input.companies.map((c) => c.id), ...input.agencies.map((a) => a.id)]],
  );
  const id = new Map(orgs.rows.map((o) => [o.name.slice(2), o.id]));
  const scenarios = await sql.query<{ id: string; agency_id: string }>(
    `INSERT INTO scenarios (title, domain_code, agency_id, status, source, published_at, search_text, search_tokens)
     SELECT '基准场景' || a, (SELECT code FROM domains LIMIT 1), a::uuid, 'published', 'import', now(), '', '{}' FROM unnest($1::text[]) AS a RETURNING id, agency_id`,
    [input.agencies.map((a) => id.get(a.id))],
  );
  const scenarioOf = new Map(scenarios.rows.map((s) => [s.agency_id, s.id]));
  const session = (await sql.query<{ id: string }>(
    `INSERT INTO matchmaking_sessions (title, starts_at, slot_minutes, slots, tables, status) VALUES ('基准对接会', now() + interval '7 days', 15, 8, 60, 'open_for_registration') RETURNING id`,
  )).rows[0].id;
  await sql.query(
    `INSERT INTO session_participants (session_id, organisation_id, kind, scenario_ids, capacity, checkin_code)
     SELECT $1, x.id::uuid, x.kind, CASE WHEN x.kind = 'agency' THEN ARRAY[x.scenario::uuid] ELSE '{}' END, x.capacity, md5(x.id)
       FROM json_to_recordset($2::json) AS x(id text, kind text, scenario text, capacity int)`,
    [
      session,
      JSON.stringify([
        ...input.companies.map((c) => ({ id: id.get(c.id), kind: 'enterprise', scenario: null, capacity: c.capacity })),
        ...input.agencies.map((a) => ({ id: id.get(a.id), kind: 'agency', scenario: scenarioOf.get(id.get(a.id) as string), capacity: a.capacity })),
      ]),
    ],
  );
  const scores = input.candidates.map((c) => ({ s: scenarioOf.get(id.get(c.agencyId) as string), o: id.get(c.companyId), score: Math.round(c.value % 1000) }));
  await sql.query(
    `INSERT INTO match_results (scenario_id, organisation_id, score, reasons) SELECT x.s::uuid, x.o::uuid, least(100, x.score), '{}' FROM json_to_recordset($1::json) AS x(s text, o text, score int)`,
    [JSON.stringify(scores)],
  );
  const requests = input.candidates
    .filter((c) => c.requested)
    .map((c) => ({ from: id.get(c.companyId), to: id.get(c.agencyId), accepted: c.value >= 10_000 }));
  await sql.query(
    `INSERT INTO meeting_requests (session_id, from_organisation_id, to_organisation_id, status)
     SELECT $1, x.f::uuid, x.t::uuid, CASE WHEN x.accepted THEN 'accepted' ELSE 'pending' END FROM json_to_recordset($2::json) AS x(f text, t text, accepted boolean)`,
    [session, JSON.stringify(requests.map((r) => ({ f: r.from, t: r.to, accepted: r.accepted })))],
  );
  emit('sessions_pipeline', 'requests', requests.length, 'count');
  return session;
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_sessions');
  const config = testConfig(database.url, testQueuePrefix('bench_sessions'), { OUTBOX_POLL_MS: '50' });
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const worker = await startWorker(config, [NotificationsModule, SessionJobsModule]);
  try {
    const session = await seed(sql);
    const outbox = worker.get(OutboxService);
    for (const label of ['first', 'regenerate']) {
      const run = (await sql.query<{ id: string }>(`INSERT INTO session_agenda_runs (session_id) VALUES ($1) RETURNING id`, [session])).rows[0].id;
      const started = performance.now();
      await outbox.publishNow(JobName.SessionAgenda, { sessionId: session, runId: run });
      const done = await waitFor(
        async () =>
          (await sql.query<{ status: string; meetings: number; gap: number; method: string; stats: { idleGaps?: number; idleGapsBefore?: number } | null }>(
            `SELECT status, meetings, gap, method, stats FROM session_agenda_runs WHERE id = $1 AND status IN ('completed', 'failed')`,
            [run],
          )).rows[0],
        'the agenda run',
        300_000,
        20,
      );
      if (done.status !== 'completed') throw new Error('the agenda run failed');
      if (label === 'first') {
        emit('sessions_pipeline', 'agenda_job_s', (performance.now() - started) / 1000, 's');
        emit('sessions_pipeline', 'meetings', done.meetings, 'count');
        process.stdout.write(`${JSON.stringify({ bench: 'sessions_pipeline', metric: 'gap_to_lp', value: Number(Number(done.gap).toPrecision(3)), unit: 'ratio' })}\n`);
        // The worker's agenda goes through the idle-gap step too: the saved meetings carry its result.
        const saved = await sql.query<{ idle: string }>(
          `SELECT coalesce(sum(span - n), 0) AS idle FROM (
             SELECT max(slot) - min(slot) + 1 AS span, count(*) AS n
               FROM (SELECT enterprise_id AS who, slot FROM session_meetings WHERE session_id = $1 UNION ALL SELECT agency_id, slot FROM session_meetings WHERE session_id = $1) x
              GROUP BY who) s`,
          [session],
        );
        if (Number(saved.rows[0].idle) !== done.stats?.idleGaps) throw new Error(`saved agenda has ${saved.rows[0].idle} idle gaps, the run reported ${done.stats?.idleGaps}`);
        emit('sessions_pipeline', 'idle_gaps_colouring', done.stats?.idleGapsBefore ?? NaN, 'count');
        emit('sessions_pipeline', 'idle_gaps', Number(saved.rows[0].idle), 'count');
        // Pin 50 meetings, as an organiser would, and regenerate around them.
        await sql.query(`UPDATE session_meetings SET pinned = true WHERE id IN (SELECT id FROM session_meetings WHERE session_id = $1 ORDER BY random() LIMIT 50)`, [session]);
      } else {
        emit('sessions_pipeline', 'regenerate_with_50_pins_s', (performance.now() - started) / 1000, 's');
        const kept = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM session_meetings WHERE session_id = $1 AND pinned`, [session]);
        if (Number(kept.rows[0].n) !== 50) throw new Error(`expected the 50 pinned meetings to be kept, found ${kept.rows[0].n}`);
      }
    }
  } finally {
    await sql.end();
    await worker.close();
    await dropBenchData(database, config);
  }
}

runBench(main);
