/**
 * The positions file of an import: which Wikidata positions to ask for, and how each reads as a
 * role in our dataset. `{ "Q218295": { "title": "President of Russia", "org": "Russia",
 * "kind": "head-of-state" } }`.
 */
import { ROLE_KINDS, type RoleKind } from '../schema';

/** How holders of one Wikidata position are written: the role's title, org and kind. */
export interface PositionRole {
  title: string;
  org: string;
  kind: RoleKind;
}

/** Wikidata position id ("Q218295") -> its role. */
export type Positions = Record<string, PositionRole>;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

function isKind(value: unknown): value is RoleKind {
  return ROLE_KINDS.includes(value as RoleKind);
}

/** Reads a parsed positions file; every problem names the position and the field. */
export function readPositions(data: unknown): { positions: Positions; problems: string[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { positions: {}, problems: ['must be an object of { "Q123": { "title", "org", "kind" } }'] };
  }
  const positions: Positions = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(data)) {
    const { title, org, kind } = (value ?? {}) as Partial<Record<keyof PositionRole, unknown>>;
    if (/^Q\d+$/.test(id) && isText(title) && isText(org) && isKind(kind)) {
      positions[id] = { title, org, kind };
      continue;
    }
    if (!/^Q\d+$/.test(id)) problems.push(`${id}: is not a Wikidata item id such as "Q218295"`);
    if (!isText(title)) problems.push(`${id}: title: is missing or not trimmed text`);
    if (!isText(org)) problems.push(`${id}: org: is missing or not trimmed text`);
    if (!isKind(kind)) problems.push(`${id}: kind: must be one of ${ROLE_KINDS.join(', ')}`);
  }
  if (problems.length === 0 && Object.keys(positions).length === 0) problems.push('names no position');
  return { positions, problems };
}
