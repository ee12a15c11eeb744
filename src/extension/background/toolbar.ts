/**
 * The toolbar: a badge with the number of people found on the tab, and the keyboard shortcut
 * that switches highlights for the current site.
 */
import type { Report } from '../../core/report';
import { hostOf, toggleSite, updateSettings } from '../settings';

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Shows how many people the tab's report found ("" when none). */
export async function showPeopleCount(badge: BadgeApi, tabId: number, report: Report): Promise<void> {
  const count = report.people.length;
  await badge.setBadgeBackgroundColor({ tabId, color: '#6b4e00' });
  await badge.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
}

/** Switches highlights for the site of `url`; does nothing for pages without a host. */
export async function toggleSiteOf(url: string | undefined): Promise<void> {
  const host = url ? hostOf(url) : null;
  if (host) await updateSettings((settings) => toggleSite(settings, host));
}
