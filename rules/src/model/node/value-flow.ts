import type { SyntaxNode } from '../../parse/syntax.js';
import { callArguments, encloses } from '../../parse/tree.js';
import type { ExportResolver } from './creators.js';
import { escapeRegExp } from '../../text/regexp.js';
import { isTransparent, unwrapExpression } from './expressions.js';
import { importedUses, type NodeProjectView } from './project-view.js';
import type { FileFunctions } from './functions.js';
import type { NameIndex } from './name-index.js';
import type { Ancestry } from './ancestry.js';
import { FUNCTION_TYPES, parameterName, parameterNames } from './scopes.js';
import type { SocketUse } from './types.js';
import { socketUse, usedVia } from './socket-use.js';

/** A name a socket is kept under, and where that name is visible. */
export interface Holder {
  /** `s`, or `this.sock` (also for `self.sock` where `self = this`). */
  key: string;
  /** As written where the socket was stored: for messages and fixes. */
  display: string;
  scope: SyntaxNode;
  /**
   * For `this.x` outside a class body: the ES5 class it belongs to (`Client` for the
   * constructor `function Client()` and for `Client.prototype.m = function`), so that
   * two constructors of one file with a `this.conn` each are not one holder.
   */
  owner?: string;
}

/** Where a value goes from one expression: what follows it in the source. */
interface Step {
  /** The mention (or creation) the step starts from. */
  at: SyntaxNode;
  /** Calls on the value there (`s.on(...)`, chained `.once(...)`). */
  uses: SocketUse[];
  /** Names it is stored under (`const s = this.sock = ...` gives both). */
  holders: Holder[];
  /** Handed to a call: the call and the argument's position. */
  passed?: { call: SyntaxNode; position: number };
  /** Returned from this function (a factory). */
  returnedFrom?: SyntaxNode;
  /** Stored where it is not followed (an object, an array, another object's field). */
  escape?: SyntaxNode;
}

/** What happens to one socket value, everywhere it flows. */
export interface Flow {
  holders: Holder[];
  uses: SocketUse[];
  /** Every place it leaves what the model sees, in the order found. */
  escapes: SyntaxNode[];
  /** `events.once(s, 'error')`, `pipeline(s, ...)`, `await once(s, 'connect')` in a try block. */
  errorsHandledBy?: SyntaxNode;
  /** Functions of the file that return it: their callers get it. */
  returnedFrom: SyntaxNode[];
  /** A way to listen to it handed on (`{ on: s.on.bind(s) }`): its errors may be heard there. */
  listenedElsewhere?: SyntaxNode;
}

/** Events that announce a connected socket: one handed on with them was handed on connected. */
const CONNECTED_EVENT = /^['"`](connect|connected|ready|secureConnect)['"`]$/;

/** Event-waiting and stream helpers that take the socket and surface its errors. */
const SURFACING = /^(events\.once|stream\.pipeline|stream\.finished)$/;
const SURFACING_TEXT =
  /^(events\.)?once$|^(stream\.)?(pipeline|finished)$|^(stream\.promises\.)?(pipeline|finished)$/;

/** Calls that take a socket without taking it over: `src.pipe(s)`, `new WeakRef(s)`, logging. */
const NOT_OWNING =
  /(^|\.)(pipe|unpipe|removeListener|off|WeakRef|debug|log|warn|info|trace|clearTimeout|isBuffer|indexOf|includes|has|delete)$|^console\./;

/** Methods that return the socket itself, so that a chain goes on with it. */
const CHAINING = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'off',
  'removeListener',
  'setTimeout',
  'setNoDelay',
  'setKeepAlive',
  'setEncoding',
  'connect',
  'ref',
  'unref',
  'pause',
  'resume',
]);

/**
 * The value flow of the Node front end, per file: from an expression that makes a
 * socket, through the expressions that pass it on (`a || b`, `c ? x : y`, `(0, x)`,
 * `await`), into every name it is stored under (chained assignments, aliases,
 * `self.x` for `this.x`), into the file's helpers it is handed to (their parameter
 * is followed in their body), out through `return` to the callers of a factory.
 * What a name does with its value is computed once per name and scope and shared
 * by every socket stored under it.
 */
export class ValueFlow {
  constructor(
    private readonly index: NameIndex,
    private readonly functions: FileFunctions,
    private readonly exports: ExportResolver,
    private readonly project?: NodeProjectView,
  ) {}

  /** Follows the value of `start` (a creation, or a factory's call). */
  follow(start: SyntaxNode): Flow {
    return this.run(start, (apply) => apply(this.stepFrom(start), undefined));
  }

  /** Follows a function's parameter in its body: what the function does to what it is handed. */
  followParameter(fn: SyntaxNode, position: number): Flow | undefined {
    const parameter = parameterName(fn, position);
    const body = fn.childForFieldName('body');
    if (!parameter || !body) return undefined;
    // Started from the parameter list: nothing the body does is inside it (see `run`'s skip).
    const list = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter') ?? body;
    return this.run(list, (_apply, visit) =>
      visit({ key: parameter, display: parameter, scope: body }, undefined),
    );
  }

  private run(
    start: SyntaxNode,
    seed: (
      apply: (step: Step, via: SyntaxNode | undefined) => void,
      visit: (holder: Holder, via: SyntaxNode | undefined) => void,
    ) => void,
  ): Flow {
    const flow: Flow = { holders: [], uses: [], escapes: [], returnedFrom: [] };
    const visited = new Set<string>();
    const apply = (step: Step, via: SyntaxNode | undefined) => {
      // The creation's own chain is read from the creation: skip its mention inside it.
      if (step.at !== start && encloses(start, step.at)) return;
      for (const use of step.uses) flow.uses.push(via ? usedVia(use, via) : use);
      for (const holder of step.holders) visit(holder, via);
      if (step.passed) this.passOn(step.passed.call, step.passed.position, via, flow, visit);
      if (step.returnedFrom) {
        if (!via) flow.returnedFrom.push(step.returnedFrom);
        flow.escapes.push(step.at);
      }
      if (step.escape) flow.escapes.push(step.escape);
    };
    const visit = (holder: Holder, via: SyntaxNode | undefined) => {
      const key = `${holder.key}\0${holder.scope.startIndex}\0${holder.scope.endIndex}\0${holder.owner ?? ''}`;
      if (visited.has(key)) return;
      visited.add(key);
      if (!via) flow.holders.push(holder);
      for (const step of this.holderSteps(holder)) apply(step, via);
    };
    seed(apply, visit);
    flow.uses.sort((a, b) => a.call.startIndex - b.call.startIndex);
    return flow;
  }

  /** A socket handed to `call` as argument `position`. */
  private passOn(
    call: SyntaxNode,
    position: number,
    via: SyntaxNode | undefined,
    flow: Flow,
    visit: (holder: Holder, via: SyntaxNode | undefined) => void,
  ): void {
    const { callee, awaited } = calleeOf(call);
    const name = callee ? (this.exports.exportOf(callee) ?? callee.text.replace(/\s+/g, '')) : '';
    if (SURFACING.test(name) || SURFACING_TEXT.test(name)) {
      if (surfaces(call, name, awaited)) flow.errorsHandledBy ??= call;
      return;
    }
    // Streams' own methods, collections' lookups and weak references take no ownership of
    // the socket, nor does binding one of its own methods (`s.emit.bind(s)`) — unless it is
    // a way to listen to it (`{ on: s.on.bind(s) }`: whoever gets it can hear 'error').
    if (NOT_OWNING.test(name)) return;
    const argument = callArguments(call)[position]?.text;
    if (argument && name.startsWith(`${argument}.`) && name.endsWith('.bind')) {
      const method = name.slice(argument.length + 1, -'.bind'.length);
      if (/^(on|once|addListener|prependListener|prependOnceListener)$/.test(method))
        flow.listenedElsewhere ??= call;
      return;
    }
    // `self.emit('connect', socket)`: announced as connected, so handed on connected.
    const event = callArguments(call)[0]?.text ?? '';
    if (/(^|\.)emit$/.test(name) && CONNECTED_EVENT.test(event)) return;
    // `this.attach.bind(this, s)`, `attach.call(this, s)`: the function's parameters start
    // after the `this` it is given (rhea hands its socket to a method this way).
    const bound = callee ? boundFunction(callee) : undefined;
    const fn = bound ? this.functions.functionValue(bound) : this.functions.resolve(call);
    const parameter = fn ? parameterName(fn, bound ? position - 1 : position) : undefined;
    const body = fn?.childForFieldName('body');
    if (!fn || !parameter || !body) {
      // A function of another module of the project: what the index says it does.
      const effects = callee
        ? this.project?.exportOf(bound ?? callee)?.params[bound ? position - 1 : position]
        : null;
      if (effects && callee)
        flow.uses.push(...importedUses(call, calledName(callee), effects, via));
      else flow.escapes.push(call);
      return;
    }
    visit({ key: parameter, display: parameter, scope: body }, via ?? call);
  }

  /** Every step from every mention of a holder in its scope, computed once. */
  private holderSteps(holder: Holder): Step[] {
    return this.index.memo('steps', `${holder.key}\0${holder.owner ?? ''}`, holder.scope, () => {
      const steps = this.mentions(holder).flatMap((mention) => {
        const step = this.mentionStep(mention);
        return step ? [step] : [];
      });
      // `{ socket }`: put in an object, which the model does not follow.
      if (!holder.key.includes('.'))
        for (const shorthand of this.index.shorthand(holder.key, holder.scope))
          steps.push({ at: shorthand, uses: [], holders: [], escape: shorthand });
      else if (holder.key.startsWith('this.')) steps.push(...this.destructured(holder));
      return steps;
    });
  }

  /**
   * `const { sock } = this`, `const { sock: s } = self`: a field of `this` read into a
   * local of the same value, in the holder's scope. (Without it, a listener added as
   * `const { socket } = this; socket.on('error', ...)` was not seen.)
   */
  private destructured(holder: Holder): Step[] {
    const field = holder.key.slice('this.'.length);
    if (field.includes('.')) return [];
    const steps: Step[] = [];
    const listed = (_start: number, end: number) =>
      /^\s*[,}:]/.test(this.index.text.slice(end, end + 8));
    for (const node of this.index.occurrences(field, holder.scope, listed)) {
      const end = node.endIndex;
      if (!/^\s*[,}:]/.test(this.index.text.slice(end, end + 8))) continue;
      const up = (child: SyntaxNode) => this.index.ancestry.parentOf(child);
      let local: SyntaxNode | null = null;
      let pattern = up(node);
      if (node.type === 'shorthand_property_identifier_pattern') local = node;
      else if (pattern?.type === 'pair_pattern') {
        local = pattern.childForFieldName('value');
        pattern = up(pattern);
      }
      const declarator = pattern?.type === 'object_pattern' ? up(pattern) : null;
      const value = declarator?.childForFieldName('value');
      if (local?.type !== 'identifier' && local?.type !== 'shorthand_property_identifier_pattern')
        continue;
      if (declarator?.type !== 'variable_declarator' || !value || !this.functions.isThis(value))
        continue;
      if (holder.owner !== undefined && es5Owner(node, this.index.ancestry) !== holder.owner)
        continue;
      const name = local.text;
      steps.push({
        at: node,
        uses: [],
        holders: [{ key: name, display: name, scope: this.index.ancestry.scopeOf(declarator) }],
      });
    }
    return steps;
  }

  /** `s`, or `this.sock` and `self.sock` for `this.sock`, in the holder's scope. */
  private mentions(holder: Holder): SyntaxNode[] {
    const found = this.index.named(holder.key, holder.scope);
    if (!holder.key.startsWith('this.')) return found;
    const rest = holder.key.slice('this'.length);
    for (const alias of this.functions.thisAliases)
      found.push(...this.index.named(`${alias}${rest}`, holder.scope));
    const owned =
      holder.owner === undefined
        ? found
        : found.filter((mention) => es5Owner(mention, this.index.ancestry) === holder.owner);
    return owned.sort((a, b) => a.startIndex - b.startIndex);
  }

  /** What one mention of a holder does with its value. */
  private mentionStep(mention: SyntaxNode): Step | undefined {
    const up = (node: SyntaxNode) => this.index.ancestry.parentOf(node);
    const parent = up(mention);
    if (!parent) return undefined;
    // Declared or assigned here: a new value, not this one.
    if (
      parent.type === 'variable_declarator' &&
      sameSpan(parent.childForFieldName('name'), mention)
    )
      return undefined;
    if (
      (parent.type === 'assignment_expression' ||
        parent.type === 'augmented_assignment_expression') &&
      sameSpan(parent.childForFieldName('left'), mention)
    )
      return undefined;
    if (/parameter|pattern/.test(parent.type)) return undefined;
    // `(this.sock as net.Socket).connect()`, `this.sock!.on(...)`: the same value.
    let value = mention;
    let member = parent;
    while (isTransparent(member.type) && member.type !== 'await_expression') {
      value = member;
      const next = up(member);
      if (!next) return undefined;
      member = next;
    }
    if (
      member?.type === 'member_expression' &&
      sameSpan(member.childForFieldName('object'), value)
    ) {
      const call = up(member);
      const name = member.childForFieldName('property');
      if (
        call?.type !== 'call_expression' ||
        !sameSpan(call.childForFieldName('function'), member) ||
        !name
      )
        return undefined; // a property read: `s.destroyed`, `s.remoteAddress`
      const use = socketUse(call, name, this.index.text);
      // `s.on(...)` returns the socket and goes on; `s.write(...)` returns something else.
      const { chain, top } = CHAINING.has(name.text)
        ? chainedUses(call, up, this.index.text)
        : { chain: [], top: undefined };
      const uses = [use, ...chain];
      return top ? { ...this.climb(top, mention), uses } : { at: mention, uses, holders: [] };
    }
    return this.climb(mention, mention);
  }

  /** The step from a creation: its chained calls, then where the chain's value goes. */
  private stepFrom(start: SyntaxNode): Step {
    const { chain, top } = chainedUses(
      start,
      (node) => this.index.ancestry.parentOf(node),
      this.index.text,
    );
    return top
      ? { ...this.climb(top, start), uses: chain }
      : { at: start, uses: chain, holders: [] };
  }

  /** Where the value of `node` goes: up through expressions that hand it on. */
  private climb(node: SyntaxNode, at: SyntaxNode): Step {
    const step: Step = { at, uses: [], holders: [] };
    let current = node;
    for (;;) {
      const parent = this.index.ancestry.parentOf(current);
      if (!parent) return step;
      const is = (field: string) => sameSpan(parent.childForFieldName(field), current);
      if (isTransparent(parent.type)) {
        current = parent;
        continue;
      }
      switch (parent.type) {
        case 'binary_expression': {
          const operator = parent.childForFieldName('operator')?.text ?? '';
          // `a || new Socket()`, `opts.socket ?? connect()`, `ok && connect()`: the value goes on.
          if (operator === '||' || operator === '??' || (operator === '&&' && is('right'))) {
            current = parent;
            continue;
          }
          return step; // compared, tested
        }
        case 'ternary_expression':
          if (is('condition')) return step;
          current = parent;
          continue;
        case 'sequence_expression':
          if (parent.namedChild(parent.namedChildCount - 1)?.startIndex !== current.startIndex)
            return step;
          current = parent;
          continue;
        case 'assignment_expression': {
          if (!is('right')) return step;
          const left = parent.childForFieldName('left');
          const holder = left ? this.holderOf(left) : undefined;
          if (holder) step.holders.push(holder);
          else {
            step.escape = parent;
            return step;
          }
          // `const s = this.sock = ...`: the assignment's value goes on.
          current = parent;
          continue;
        }
        case 'variable_declarator': {
          const name = parent.childForFieldName('name');
          // `export const s = net.connect(...)`: the importers have it.
          const declaration = this.index.ancestry.parentOf(parent);
          const exported = declaration && this.index.ancestry.parentOf(declaration);
          if (exported?.type === 'export_statement' || name?.type !== 'identifier') {
            step.escape = parent;
            return step;
          }
          step.holders.push({
            key: name.text,
            display: name.text,
            scope: this.index.ancestry.scopeOf(parent),
          });
          return step;
        }
        case 'public_field_definition':
        case 'field_definition': {
          const name = parent.childForFieldName('name') ?? parent.childForFieldName('property');
          const body = this.index.ancestry.classBodyOf(parent);
          if (name && body)
            step.holders.push({
              key: `this.${name.text}`,
              display: `this.${name.text}`,
              scope: body,
            });
          else step.escape = parent;
          return step;
        }
        case 'arguments': {
          const call = this.index.ancestry.parentOf(parent);
          if (call?.type === 'call_expression' || call?.type === 'new_expression') {
            const position = callArguments(call).findIndex((arg) => sameSpan(arg, current));
            step.passed = { call, position };
          } else step.escape = parent;
          return step;
        }
        case 'return_statement': {
          step.returnedFrom = this.index.ancestry.functionOf(parent);
          if (!step.returnedFrom) step.escape = parent;
          return step;
        }
        case 'arrow_function':
          if (is('body')) step.returnedFrom = parent;
          return step;
        case 'call_expression':
        case 'new_expression':
          // `this.stream(config)`: the holder called as a function (its other value, a
          // factory, as pg keeps either in one field) hands no socket on. An argument's
          // call is `arguments` above; a callee's is this.
          if (!is('function') && !is('constructor')) step.escape = parent;
          return step;
        case 'expression_statement':
        case 'if_statement':
        case 'while_statement':
        case 'unary_expression':
        case 'template_substitution':
        case 'spread_element':
        case 'member_expression':
        case 'subscript_expression':
          // Tested, printed, read: nothing that keeps it. (A spread hands on its fields.)
          return step;
        default:
          if (FUNCTION_TYPES.has(parent.type)) return step;
          // Put in an object or array, yielded, thrown...
          step.escape = parent;
          return step;
      }
    }
  }

  /** The holder a left-hand side names: a variable, or a field of `this` (or of `self`). */
  private holderOf(left: SyntaxNode): Holder | undefined {
    if (left.type === 'identifier')
      return { key: left.text, display: left.text, scope: this.declaringScope(left) };
    if (left.type !== 'member_expression') return undefined;
    const object = left.childForFieldName('object');
    const property = left.childForFieldName('property');
    if (!object || !property || property.type !== 'property_identifier') return undefined;
    if (!this.functions.isThis(object)) return undefined;
    const body = this.index.ancestry.classBodyOf(left);
    const key = `this.${property.text}`;
    const display = left.text.replace(/\s+/g, '');
    if (body) return { key, display, scope: body };
    // An ES5 class's methods are spread over the file (`C.prototype.m = function`).
    const owner = es5Owner(left, this.index.ancestry);
    return { key, display, scope: this.index.root, ...(owner ? { owner } : {}) };
  }

  /** The function (or program) that declares a variable assigned at `name`. */
  private declaringScope(name: SyntaxNode): SyntaxNode {
    for (
      let fn = this.index.ancestry.functionOf(name);
      fn;
      fn = this.index.ancestry.functionOf(fn)
    ) {
      const body = fn.childForFieldName('body') ?? fn;
      const declares = this.index.memo('declares', name.text, body, () => {
        // Most functions around an assignment do not declare the name: their text says so.
        const word = new RegExp(`(?<![\\w$.])${escapeRegExp(name.text)}(?![\\w$])`);
        const declaration = new RegExp(
          `\\b(?:var|let|const)\\s[^;]*?(?<![\\w$.])${escapeRegExp(name.text)}(?![\\w$])`,
        );
        const signature = this.index.text.slice(fn.startIndex, body.startIndex);
        const inside = this.index.text.slice(body.startIndex, body.endIndex);
        if (!word.test(signature) && !declaration.test(inside)) return false;
        // Its parameters up to the 18th, or to the list's named children's count, read at once.
        const parameters = parameterNames(fn);
        const listed = Math.min(17, fn.childForFieldName('parameters')?.namedChildCount ?? 0);
        for (let i = 0; i <= listed; i++) if (parameters[i] === name.text) return true;
        return this.index
          .named(name.text, body)
          .some(
            (mention) =>
              mention.parent?.type === 'variable_declarator' &&
              sameSpan(mention.parent.childForFieldName('name'), mention) &&
              this.index.ancestry.scopeOf(mention.parent).startIndex === body.startIndex,
          );
      });
      if (declares) return body;
    }
    return this.index.root;
  }
}

/**
 * The ES5 class a node's `this` belongs to: the name of the nearest enclosing
 * `function Name()`, `var Name = function`, or `Name.prototype.m = function`.
 */
function es5Owner(node: SyntaxNode, scopes: Ancestry): string | undefined {
  for (let fn = scopes.functionOf(node); fn; fn = scopes.functionOf(fn)) {
    if (fn.type === 'function_declaration') return fn.childForFieldName('name')?.text;
    const parent = fn.parent;
    if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
    if (parent?.type === 'assignment_expression') {
      const left = parent.childForFieldName('left')?.text ?? '';
      const prototype = /^([\w$]+)\.prototype\b/.exec(left);
      if (prototype) return prototype[1];
    }
  }
  return undefined;
}

/** `.on(...).once(...)` chained on an expression: each returns the socket again. */
export function chainedUses(
  expression: SyntaxNode,
  up: (node: SyntaxNode) => SyntaxNode | null = (node) => node.parent,
  /** The file's source, where listeners' events are read (see `socketUse`). */
  text?: string,
): {
  chain: SocketUse[];
  /** The last expression whose value is the socket; undefined when a call ends the chain (`s.write()`). */
  top: SyntaxNode | undefined;
} {
  const chain: SocketUse[] = [];
  let top = expression;
  for (;;) {
    let parent = up(top);
    while (parent && isTransparent(parent.type) && parent.type !== 'await_expression') {
      top = parent;
      parent = up(top);
    }
    if (parent?.type !== 'member_expression' || !sameSpan(parent.childForFieldName('object'), top))
      break;
    const call = up(parent);
    const name = parent.childForFieldName('property');
    if (call?.type !== 'call_expression' || !name) break;
    chain.push(socketUse(call, name, text));
    // Only the EventEmitter and socket methods that return the socket continue the chain.
    if (!CHAINING.has(name.text)) return { chain, top: undefined };
    top = call;
  }
  return { chain, top };
}

/**
 * `pipeline(s, ...)` and `finished(s, ...)` hand errors to their callback;
 * `events.once(s, 'error')` listens for it; `await once(s, 'connect')` rejects
 * on 'error', which a try block around it catches.
 */
function surfaces(call: SyntaxNode, name: string, awaited: boolean): boolean {
  if (/pipeline|finished/.test(name)) return true;
  const event = callArguments(call)[1];
  if (event && /^['"`]error['"`]$/.test(event.text)) return true;
  // Awaited, a rejection on 'error' is thrown where it is awaited: caught by a try block
  // there, or rejecting the async function for its caller, as a returned socket would.
  return awaited || call.parent?.type === 'await_expression';
}

/**
 * A call's callee, and whether the call is awaited. tree-sitter reads
 * `await (0, events_1.once)(s, 'connect')` (what tsc emits for an awaited named import)
 * as a call of a function named `await`: its callee is the last argument of that call.
 */
function calleeOf(call: SyntaxNode): { callee: SyntaxNode | null; awaited: boolean } {
  const callee = call.childForFieldName('function') ?? call.childForFieldName('constructor');
  if (
    callee?.type === 'call_expression' &&
    callee.childForFieldName('function')?.text === 'await'
  ) {
    const inner = callArguments(callee);
    return { callee: inner[inner.length - 1] ?? callee, awaited: true };
  }
  return { callee, awaited: false };
}

/** `dial` of `dial(s)`, `transport.dial(s)` and `(0, transport_1.dial)(s)`. */
function calledName(callee: SyntaxNode): SyntaxNode {
  const bare = unwrapExpression(callee);
  return bare.type === 'member_expression' ? (bare.childForFieldName('property') ?? bare) : bare;
}

/** `f` of `f.bind(...)` and `f.call(...)`. */
function boundFunction(callee: SyntaxNode): SyntaxNode | undefined {
  if (callee.type !== 'member_expression') return undefined;
  const method = callee.childForFieldName('property')?.text;
  if (method !== 'bind' && method !== 'call') return undefined;
  return callee.childForFieldName('object') ?? undefined;
}

/** The same node (the binding gives the same object for a node it made before), or one of its span. */
function sameSpan(a: SyntaxNode | null | undefined, b: SyntaxNode): boolean {
  return a === b || (!!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex);
}
