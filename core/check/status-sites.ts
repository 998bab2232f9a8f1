/**
 * The places where FastAPI or Starlette take a status, found once per file and shared by every
 * rule that asks about them: route decorators' status_code=, HTTPException, WebSocketException,
 * the response classes, `response.status_code = N`, `websocket.close(code=N)`; and what value
 * sits there, a literal or a status constant.
 */
import { STATUS_NAMES, type StatusName } from './names';
import type { SyntaxNode } from './python';
import { callArguments, type SourceFile } from './source-file';

export type StatusKind = 'http' | 'websocket';

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

/**
 * starlette.responses and fastapi.responses classes: (content or url or path, status_code, ...),
 * and what their first argument sends. `value`: the content is the body, where None and an
 * empty string send none; `rendered`: every value is rendered (JSON sends `null` for None);
 * `always`: a file or a stream is a body; `none`: the argument is a URL, not a body.
 */
export const RESPONSE_CLASSES: ReadonlyMap<string, 'value' | 'rendered' | 'always' | 'none'> =
  new Map([
    ['Response', 'value'],
    ['HTMLResponse', 'value'],
    ['PlainTextResponse', 'value'],
    ['JSONResponse', 'rendered'],
    ['ORJSONResponse', 'rendered'],
    ['UJSONResponse', 'rendered'],
    ['StreamingResponse', 'always'],
    ['FileResponse', 'always'],
    ['RedirectResponse', 'none'],
  ]);

const WEBSOCKET_RECEIVERS = new Set(['websocket', 'ws']);

interface Slot {
  /** The positional index that holds the status, or null when only the keyword does. */
  position: number | null;
  keyword: string;
  kind: StatusKind;
}

export interface StatusSite {
  /** The expression given as the status. */
  node: SyntaxNode;
  kind: StatusKind;
  /** The call it is an argument of (null for `x.status_code = N`), and its callee's name. */
  call: SyntaxNode | null;
  callee: string | null;
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

function slotFor(name: string, receiver: SyntaxNode | null): Slot | null {
  if (receiver && ROUTE_METHODS.has(name))
    return { position: null, keyword: 'status_code', kind: 'http' };
  if (name === 'HTTPException') return { position: 0, keyword: 'status_code', kind: 'http' };
  if (name === 'WebSocketException' || name === 'WebSocketClose')
    return { position: 0, keyword: 'code', kind: 'websocket' };
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

/** The argument at a keyword or, where no keyword is given, at a position; null where hidden. */
export function argumentAt(
  call: SyntaxNode,
  keyword: string,
  position: number | null,
): SyntaxNode | null {
  const args = callArguments(call);
  for (const arg of args) {
    if (arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === keyword)
      return arg.childForFieldName('value');
  }
  if (position === null) return null;
  const positional = args.filter((a) => a.type !== 'keyword_argument');
  // A *args before the slot moves it out of sight.
  if (
    positional
      .slice(0, position + 1)
      .some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')
  )
    return null;
  return positional[position] ?? null;
}

export function statusSites(file: SourceFile): StatusSite[] {
  const sites: StatusSite[] = [];
  for (const call of file.calls) {
    const callee = calleeOf(file, call);
    const slot = callee && slotFor(callee.name, callee.receiver);
    const node = slot && argumentAt(call, slot.keyword, slot.position);
    if (node && slot && callee) sites.push({ node, kind: slot.kind, call, callee: callee.name });
  }
  for (const assignment of file.assignments) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type === 'attribute' && right) {
      if (left.childForFieldName('attribute')?.text === 'status_code')
        sites.push({ node: right, kind: 'http', call: null, callee: null });
    }
  }
  return sites;
}

/** A plain decimal integer literal's value, or null (`0x1F4`, `404_0` and `4e2` are not statuses). */
export function integerValue(node: SyntaxNode | null): number | null {
  if (!node || node.type !== 'integer') return null;
  const text = node.text;
  for (const ch of text) if (ch < '0' || ch > '9') return null;
  return Number(text);
}

/** The status constant an expression names (`status.X`, `starlette.status.X`, an imported X). */
export function constantOf(file: SourceFile, node: SyntaxNode): StatusName | null {
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const name = node.childForFieldName('attribute');
    return object && name && file.isStatusModule(object)
      ? (STATUS_NAMES.get(name.text) ?? null)
      : null;
  }
  if (node.type === 'identifier') {
    const imported = file.fromImports.find(
      (i) =>
        i.local === node.text && (i.module === 'starlette.status' || i.module === 'fastapi.status'),
    );
    return imported ? (STATUS_NAMES.get(imported.name) ?? null) : null;
  }
  return null;
}

/** The number a status expression stands for, written as a literal or as a constant; or null. */
export function statusValue(file: SourceFile, node: SyntaxNode): number | null {
  return integerValue(node) ?? constantOf(file, node)?.value ?? null;
}
