/**
 * ST003: a bare number where FastAPI or Starlette take a status: route decorators' status_code=,
 * HTTPException, WebSocketException, the response classes, `response.status_code = N` and
 * `websocket.close(code=N)`. Comparisons are not assignments or arguments, so they never match.
 */
import type { Finding } from '../findings';
import { preferredName } from '../names';
import type { SyntaxNode } from '../python';
import { callArguments, type SourceFile } from '../source-file';
import type { Rule, RuleContext } from './rule';

/** APIRouter/FastAPI methods that take status_code= (fastapi/routing.py). */
const ROUTE_METHODS = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'api_route',
  'add_api_route',
]);

/** starlette.responses and fastapi.responses classes: (content or url or path, status_code, ...). */
const RESPONSE_CLASSES = new Set([
  'Response',
  'JSONResponse',
  'HTMLResponse',
  'PlainTextResponse',
  'RedirectResponse',
  'StreamingResponse',
  'FileResponse',
  'ORJSONResponse',
  'UJSONResponse',
]);

type Kind = 'http' | 'websocket';

interface Slot {
  /** The positional index that holds the status, or null when only the keyword does. */
  position: number | null;
  keyword: string;
  kind: Kind;
}

/** The callee's name as the library spells it (through `from x import Y as Z`). */
function calleeOf(
  file: SourceFile,
  call: SyntaxNode,
): { name: string; receiver: SyntaxNode | null } | null {
  const fn = call.childForFieldName('function');
  if (fn?.type === 'identifier') {
    const imported = file.fromImports.find((i) => i.local === fn.text);
    return { name: imported ? imported.name : fn.text, receiver: null };
  }
  if (fn?.type === 'attribute') {
    const attribute = fn.childForFieldName('attribute');
    return attribute ? { name: attribute.text, receiver: fn.childForFieldName('object') } : null;
  }
  return null;
}

const WEBSOCKET_RECEIVERS = new Set(['websocket', 'ws']);

function slotFor(file: SourceFile, call: SyntaxNode): Slot | null {
  const callee = calleeOf(file, call);
  if (!callee) return null;
  const { name, receiver } = callee;
  if (receiver && ROUTE_METHODS.has(name))
    return { position: null, keyword: 'status_code', kind: 'http' };
  if (name === 'HTTPException') return { position: 0, keyword: 'status_code', kind: 'http' };
  if (name === 'WebSocketException') return { position: 0, keyword: 'code', kind: 'websocket' };
  if (RESPONSE_CLASSES.has(name)) return { position: 1, keyword: 'status_code', kind: 'http' };
  if (receiver && name === 'close') {
    const receiverName =
      receiver.type === 'attribute' ? receiver.childForFieldName('attribute')?.text : receiver.text;
    const isWebSocket =
      receiverName !== undefined && WEBSOCKET_RECEIVERS.has(receiverName.toLowerCase());
    return { position: isWebSocket ? 0 : null, keyword: 'code', kind: 'websocket' };
  }
  return null;
}

function statusArgument(call: SyntaxNode, slot: Slot): SyntaxNode | null {
  const args = callArguments(call);
  for (const arg of args) {
    if (arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === slot.keyword)
      return arg.childForFieldName('value');
  }
  if (slot.position === null) return null;
  const positional = args.filter((a) => a.type !== 'keyword_argument');
  // A *args before the slot moves it out of sight.
  if (
    positional
      .slice(0, slot.position + 1)
      .some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')
  )
    return null;
  return positional[slot.position] ?? null;
}

/** A plain decimal integer literal's value, or null. */
function integerValue(node: SyntaxNode | null): number | null {
  if (!node || node.type !== 'integer') return null;
  const text = node.text;
  for (const ch of text) if (ch < '0' || ch > '9') return null;
  return Number(text);
}

function finding(
  node: SyntaxNode | null,
  kind: Kind,
  { file, target, access }: RuleContext,
  rule: string,
): Finding | null {
  const code = integerValue(node);
  if (code === null || !node) return null;
  const name = preferredName(code, kind, target);
  // Codes without a Starlette name are a different question.
  if (!name) return null;
  // An import is only added to a file the parser read whole.
  const reachable =
    access.prefix !== '' && (access.importStatement === null || file.firstError === null);
  const constant = `${access.prefix || 'status'}.${name.name}`;
  return {
    rule,
    start: node.startIndex,
    end: node.endIndex,
    message: `bare status ${code}: use ${constant}`,
    replacement: reachable ? constant : null,
    needsStatusImport: access.importStatement !== null,
  };
}

export const bareStatus: Rule = {
  id: 'ST003',
  name: 'bare-status',
  summary: 'a bare number where FastAPI or Starlette take a status, with the constant to write',
  check(context) {
    const { file } = context;
    const findings: Finding[] = [];
    for (const call of file.calls) {
      const slot = slotFor(file, call);
      const arg = slot && statusArgument(call, slot);
      const found = arg && slot ? finding(arg, slot.kind, context, this.id) : null;
      if (found) findings.push(found);
    }
    for (const assignment of file.assignments) {
      const left = assignment.childForFieldName('left');
      if (left?.type !== 'attribute' || left.childForFieldName('attribute')?.text !== 'status_code')
        continue;
      const found = finding(assignment.childForFieldName('right'), 'http', context, this.id);
      if (found) findings.push(found);
    }
    return findings;
  },
};
