/**
 * The latest report of each tab, so the popup answers at once. Bounded: a browser with hundreds
 * of tabs keeps only the most recent reports.
 */
import type { Report } from '../../core/report';

const MAX_TABS = 64;

export interface ReportCache {
  get(tabId: number): Report | null;
  set(tabId: number, report: Report): void;
  forget(tabId: number): void;
}

export function createReportCache(maxTabs = MAX_TABS): ReportCache {
  const reports = new Map<number, Report>();
  return {
    get: (tabId) => reports.get(tabId) ?? null,
    set: (tabId, report) => {
      reports.delete(tabId);
      reports.set(tabId, report);
      if (reports.size > maxTabs) reports.delete(reports.keys().next().value as number);
    },
    forget: (tabId) => {
      reports.delete(tabId);
    },
  };
}
