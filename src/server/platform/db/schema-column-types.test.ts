// One source for every status, kind and code (issue 11): a text column that holds one of a fixed
// list is typed with `.$type<...>()` from the list in src/domain or src/contracts, so a typo or a
// missing case is a compile error and no view needs a cast. `$type` leaves no trace at run time,
// so this reads the schema files' syntax: every text column whose name says it holds a status,
// kind, role, outcome, function, reason or code carries `$type`, or is listed below as free text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MODULES = fileURLToPath(new URL('../../modules', import.meta.url));
const ENUMERATED_NAME =
  /(status|kind|outcome|function|code|role|roles|reason|method|approval|review|category|locale)$/i;

/** Text that looks enumerated by its name but is not one of a fixed list; `table.column`, with why. */
const FREE_TEXT: Record<string, string> = {
  'primaryCareZones.code': 'official primary-care zone code (reference data)',
  'municipalities.nisCode': 'official NIS code (reference data)',
  'municipalities.primaryCareZoneCode': 'official zone code (reference data)',
  'municipalities.referenceRegionCode': 'official code (reference data)',
  'collaborationZones.zoneCode': 'official zone code (reference data)',
  'organisations.role': "the organisation's part, written by the administrator",
  'workers.zoneCode': 'official zone code (reference data)',
  'absences.reason': 'free text',
  'spendingEntries.cancelReason': 'free text',
  'assignmentDecisions.zoneCode': 'official zone code (reference data)',
  'assignmentDecisions.overrideReason': 'free text (R10)',
  'coachMatches.choiceReason': 'free text (R10)',
  'trajectories.extensionReason': 'free text (R1)',
  'fundingLines.code': 'a collaboration adds lines of its own; the presets are domain/funding-lines.ts',
  'zoneAllocationData.zoneCode': 'official zone code (reference data)',
  'notStartedReasons.code': "the collaboration's own list of reasons",
  'referrals.primaryCareZoneCode': 'official zone code (reference data)',
  'referrals.decisionReasonCode': "a code of the collaboration's notStartedReasons",
  'referrals.overQuotaReason': 'free text (R4)',
  'networkMembers.role': "a professional's role or service, free text",
  'governanceAgreementSignatures.signedByRole': 'free text',
  'competenceAssessments.reason': 'free text (R27)',
  'itemMarks.withheldReason': 'free text (R28)',
  'documents.withheldReason': "the worker's reason to withhold a document, free text (R28)",
  'planResponses.reason': "the family member's own words (R16)",
  'correctionRequests.reason': "the family member's own words (R16)",
  'correctionRequests.answerReason': "the worker's answer, free text (R16)",
};

type TextColumn = { name: string; isTyped: boolean };

/** The text columns of every `export const x = pgTable('…', { … })` in a schema file. */
function textColumnsOf(source: string): TextColumn[] {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const columns: TextColumn[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const call = declaration.initializer;
      if (!call || !ts.isCallExpression(call) || call.expression.getText() !== 'pgTable') continue;
      const shape = call.arguments[1];
      if (!shape || !ts.isObjectLiteralExpression(shape)) continue;
      for (const property of shape.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const chain = methodChain(property.initializer);
        if (chain[0] !== 'text') continue;
        columns.push({
          name: `${declaration.name.getText()}.${property.name.getText()}`,
          isTyped: chain.includes('$type'),
        });
      }
    }
  }
  return columns;
}

/** `text().array().$type<X>().notNull()` → ['text', 'array', '$type', 'notNull']. */
function methodChain(node: ts.Expression): string[] {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isIdentifier(callee)) return [callee.text];
    if (ts.isPropertyAccessExpression(callee)) return [...methodChain(callee.expression), callee.name.text];
  }
  return [];
}

function allTextColumns(): TextColumn[] {
  return readdirSync(MODULES, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.schema.ts'))
    .flatMap((path) => textColumnsOf(readFileSync(join(MODULES, path), 'utf8')));
}

describe('text columns that hold a status, kind or code', () => {
  const columns = allTextColumns();

  it('are typed with $type from their list, or named as free text', () => {
    const untyped = columns
      .filter((c) => ENUMERATED_NAME.test(c.name.split('.')[1] ?? '') && !c.isTyped && !(c.name in FREE_TEXT))
      .map((c) => c.name);
    expect(untyped, 'type these with .$type<…>() from a list in src/domain or src/contracts').toEqual([]);
  });

  it('lists as free text only columns that exist and are untyped', () => {
    const untyped = new Set(columns.filter((c) => !c.isTyped).map((c) => c.name));
    expect(Object.keys(FREE_TEXT).filter((name) => !untyped.has(name))).toEqual([]);
  });

  it('reads $type anywhere in a column chain', () => {
    const source = `export const t = pgTable('t', {
      a: text().notNull(),
      b: text().$type<'x' | 'y'>().notNull(),
      c: text().array().$type<Role[]>(),
      d: integer(),
    });`;
    expect(textColumnsOf(source)).toEqual([
      { name: 't.a', isTyped: false },
      { name: 't.b', isTyped: true },
      { name: 't.c', isTyped: true },
    ]);
  });
});
