import type { SyntaxNode } from '../../parse/syntax.js';
import type { Ancestry } from './ancestry.js';

/** The Node modules whose sockets connectlint knows. */
export type NodeModule = 'net' | 'tls' | 'dgram' | 'events' | 'stream';

/** What a local name stands for, from its import or require. */
export type Binding =
  { kind: 'namespace'; module: NodeModule } | { kind: 'export'; module: NodeModule; name: string };

export type SocketKind = 'stream' | 'tls' | 'dgram';

/** A method call on a socket: `s.on('error', f)`, `s.connect(port)`, `.setTimeout(1000)`. */
export interface SocketUse {
  call: SyntaxNode;
  /** The method's name node (`on`, `connect`). */
  name: SyntaxNode;
  method: string;
  args: SyntaxNode[];
  /** For a listener (`on`, `once`, ...): the event its first argument names as a string. */
  event?: string;
  /**
   * The call that took the socket to where this use is: a helper of the file it was
   * handed to (`attach(s)`), the factory that made it (`dial()`), the `new` of a
   * subclass whose own methods call it. Undefined for uses in the socket's own scope.
   */
  via?: SyntaxNode;
  /** A timeout a function of another module sets only when an option is given (see project-view.ts). */
  onlyWhenGiven?: true;
}

export interface NodeSocket {
  kind: SocketKind;
  /** The call or `new` that makes it. */
  creation: SyntaxNode;
  /** Its name: `connect` of `net.connect(...)`, `Socket` of `new net.Socket()`. */
  creationName: SyntaxNode;
  /** Made by connect/createConnection: connecting from the start. */
  connecting: boolean;
  /** The creation's arguments. */
  args: SyntaxNode[];
  /** What holds it, as written where it is stored: `s`, `this.socket`; undefined when only chained on. */
  holder?: string;
  /** Every name it is stored under (`const s = this.sock = ...`, `const t = s`), and where each is visible. */
  holders: { key: string; scope: SyntaxNode }[];
  /** Where the holder is visible: the function body, the program, or the class body for `this.x`. */
  scope: SyntaxNode;
  /** Calls on it: chained on the creation, on its holders in their scopes, in the helpers it is handed to, in source order. */
  uses: SocketUse[];
  /** Where it leaves what the model sees: returned, stored elsewhere, handed to a function of another module. */
  escapes?: SyntaxNode;
  /** A way to listen to it handed on (`{ on: s.on.bind(s) }`): its 'error' may be heard there, though nobody there can time its connect out. */
  listenedElsewhere?: SyntaxNode;
  /** Functions of the file that return it (its callers are sockets too, made by a factory). */
  returnedFrom: SyntaxNode[];
  /** `events.once(s, ...)` awaited in a try block, or `pipeline`/`finished` over it. */
  errorsHandledBy?: SyntaxNode;
}

export interface NodeFileModel {
  sockets: NodeSocket[];
  comments: SyntaxNode[];
  /** `const NAME = 'literal'` at any level: for path lengths. */
  stringConstants: StringConstants;
  /** Parents, and the function or class around a node, kept as they are asked for. */
  ancestry: Ancestry;
  /** The `setTimeout(...)` calls whose callback runs this function (by name, bound, or called). */
  timersCalling(fn: SyntaxNode): SyntaxNode[];
  text: string;
  /** The file's syntax tree. */
  root: SyntaxNode;
}

/** The file's constant strings by name (`const SOCKET_PATH = '/run/app.sock'`). */
export interface StringConstants {
  get(name: string): string | undefined;
  has(name: string): boolean;
}
