import type { SessionMode } from '@scenematch/contracts';
import { FieldValidationException } from '@scenematch/server-common';

/** A meeting link: an http(s) URL (Tencent Meeting, Feishu, Zoom … all give one). */
export const MEETING_LINK = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** What decides where a meeting takes place. */
export interface MeetingPlace {
  mode: SessionMode;
  sessionLink: string;
  tableLinks: string[];
  table: number;
  /** Marked online by the organiser, with `ownLink` when it has a link of its own. */
  online: boolean;
  ownLink: string;
}

/**
 * Where to join a meeting online, or null when it is held in the room. A meeting's own link wins;
 * in an online session every meeting is online (its table's link, else the session's); in a hybrid
 * one a table with a link is an online table, and a meeting marked online uses the session's link.
 */
export function meetingLink(p: MeetingPlace): string | null {
  if (p.online && p.ownLink) return p.ownLink;
  const tableLink = p.tableLinks[p.table] ?? '';
  if (p.mode === 'online') return tableLink || p.sessionLink || null;
  if (p.mode === 'hybrid') return tableLink || (p.online ? p.sessionLink || null : null);
  return null;
}

/** A meeting is online when it has somewhere to join, or the whole session is online. */
export function isOnline(p: MeetingPlace): boolean {
  return p.mode === 'online' || meetingLink(p) !== null || p.online;
}

/** Checks a session's mode and links together (field-level messages). */
export function checkOnline(dto: { mode?: SessionMode; onlineLink?: string; tableLinks?: string[] }, tables: number): void {
  const links = dto.tableLinks ?? [];
  if (links.length > tables) throw FieldValidationException.single('tableLinks', `本场共 ${tables} 张洽谈桌，分桌链接不能多于桌数`);
  const bad = links.findIndex((l) => l !== '' && !MEETING_LINK.test(l));
  if (bad >= 0) throw FieldValidationException.single(`tableLinks.${bad}`, `${bad + 1} 号桌的会议链接应为 http(s):// 开头的网址`);
  if (dto.mode === 'online' && !dto.onlineLink && !(links.length === tables && links.every((l) => l))) {
    throw FieldValidationException.single('onlineLink', '线上对接会请填写会议链接（或为每张桌填写分桌链接）');
  }
}
