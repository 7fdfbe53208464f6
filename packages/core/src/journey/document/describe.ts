import type { Lang } from '../schema/common.ts';
import type { DocumentIssue, PathIssue } from './issue.ts';
import { formatPath, sortIssues } from './issue.ts';
import type { Locate } from './locate.ts';
import { describeIssue } from './messages/catalog.ts';

export interface DescribeOptions {
  /** The file named in each issue. */
  file: string;
  lang?: Lang;
  /** Places paths in the document's text; without it issues carry a path but no line. */
  locate?: Locate;
}

/**
 * Puts path issues into words in one language and, given a locator, places them in the text;
 * sorted by line. Use it for `checkJourney` results of a journey not read from one file
 * (a resolved role map: pass the role file's locator, or none).
 */
export function describeIssues(issues: readonly PathIssue[], options: DescribeOptions): DocumentIssue[] {
  const lang = options.lang ?? 'en';
  return sortIssues(
    issues.map((issue) => {
      const { message, fix } = describeIssue(issue, lang);
      const place = issue.position ?? options.locate?.(issue.path, issue.at);
      const out: DocumentIssue = {
        file: options.file,
        path: formatPath(issue.path),
        code: issue.code,
        severity: issue.severity,
        message,
        fix,
      };
      if (place) {
        out.line = place.line;
        out.column = place.column;
      }
      return out;
    }),
  );
}
