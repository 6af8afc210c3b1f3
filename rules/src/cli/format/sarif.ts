import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../engine/finding.js';
import { UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE } from '../../engine/finding.js';
import type { Location } from '../../text/positions.js';
import { RULES } from '../../rules/index.js';
import { docUrl, isPublicUrl } from '../../rules/rule.js';
import { declaredHomepage } from '../../resources.js';
import { FINGERPRINT_KEY, fingerprints } from './fingerprints.js';
import type { Report } from './report.js';
import { languagesOf } from '../../frontends/registry.js';

const SRCROOT = '%SRCROOT%';

/** The engine's own reports about suppression comments, as SARIF rules. */
const DIRECTIVE_RULES = [
  {
    id: UNUSED_DIRECTIVE,
    description: 'A connectlint-disable comment that suppresses nothing.',
  },
  {
    id: UNKNOWN_RULE_IN_DIRECTIVE,
    description: 'A connectlint-disable comment that names a rule connectlint does not have.',
  },
];

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule with its help link,
 * `ruleId` + `ruleIndex` on each result, URIs relative to `%SRCROOT%` (the
 * folder the CLI ran in), UTF-16 columns, related locations, and files that
 * could not be linted as tool execution notifications.
 */
export function formatSarif(report: Report): string {
  // Code scanning shows a help link to whoever reads the alert: only one that opens
  // for them (a declared homepage), never a file on the machine that ran the CLI.
  const help = (id: string, description: string) => {
    const url = docUrl(id);
    return isPublicUrl(url)
      ? { helpUri: url, help: { text: `${description} See ${url}` } }
      : { help: { text: description } };
  };
  const home = declaredHomepage();
  const descriptors = [
    ...RULES.map((rule) => ({
      id: rule.meta.id,
      name: pascalCase(rule.meta.id),
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: rule.meta.description },
      ...help(rule.meta.id, rule.meta.description),
      defaultConfiguration:
        rule.meta.defaultSeverity === 'off'
          ? { enabled: false, level: 'warning' }
          : { level: level(rule.meta.defaultSeverity) },
      properties: {
        tags: ['correctness', 'sockets', ...languagesOf(rule).map((language) => language.id)],
      },
    })),
    ...DIRECTIVE_RULES.map((rule) => ({
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: rule.description },
      ...(home ? { helpUri: home } : {}),
      defaultConfiguration: { level: 'warning' },
    })),
  ];
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const artifact = (path: string) => ({ uri: relativeUri(report.cwd, path), uriBaseId: SRCROOT });

  const results = report.results.flatMap((result) => {
    const prints = fingerprints(result, relativeUri(report.cwd, result.path), report.sources);
    return result.findings.map((finding: Finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: level(finding.severity),
      message: { text: finding.message },
      partialFingerprints: { [FINGERPRINT_KEY]: prints.get(finding) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(result.path),
            region: region(finding.location),
          },
        },
      ],
      ...(finding.fixes.length > 0
        ? {
            fixes: finding.fixes.map((fix) => ({
              description: { text: fix.description },
              artifactChanges: [
                {
                  artifactLocation: artifact(result.path),
                  replacements: fix.edits.map((edit) => ({
                    deletedRegion: region(edit.location),
                    insertedContent: { text: edit.text },
                  })),
                },
              ],
            })),
          }
        : {}),
      ...(finding.related.length > 0
        ? {
            relatedLocations: finding.related.map((related, index) => ({
              id: index + 1,
              message: { text: related.message },
              physicalLocation: {
                artifactLocation: artifact(result.path),
                region: region(related.location),
              },
            })),
          }
        : {}),
    }));
  });
  const notifications = [
    ...report.problems.map((problem) => ({ level: 'error', message: { text: problem } })),
    ...report.results.flatMap((result) =>
      result.notices.map((notice) => ({
        level: notice.level,
        message: { text: notice.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(result.path) } }],
      })),
    ),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'connectlint',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            ...(home ? { informationUri: home } : {}),
            rules: descriptors,
          },
        },
        ...(report.automationId ? { automationDetails: { id: report.automationId } } : {}),
        originalUriBaseIds: {
          [SRCROOT]: { uri: `${pathToFileURL(report.cwd).href.replace(/\/?$/, '/')}` },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function level(severity: 'warn' | 'error'): 'warning' | 'error' {
  return severity === 'error' ? 'error' : 'warning';
}

function region(location: Location) {
  return {
    startLine: location.start.line,
    startColumn: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
    charOffset: location.start.offset,
    charLength: location.end.offset - location.start.offset,
  };
}

/** A path relative to the run's folder, as a URI reference (`src/a%20b.c`). */
function relativeUri(cwd: string, path: string): string {
  const rel = relative(cwd, path).split(sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_whole, _dash, letter: string) => letter.toUpperCase());
}
