/**
 * The Node part of the project index: what one module of a project tells its
 * importers about sockets (see `node-digest.ts`), and the project's summary of
 * every module's exports to a fixed point (`node-summaries.ts`). Plain data,
 * so that the CLI hands it to its workers as it is.
 */

/** What a function does to a socket it makes or is handed. */
export interface SocketEffects {
  /** Listens for 'error' (or hands errors to `pipeline`/`finished`/`events.once`). */
  error?: true;
  /** Sets a connect timeout (`setTimeout(ms)`, the `timeout` option, a timer that destroys it); `given`: only when an option is given. */
  timeout?: 'always' | 'given';
  connects?: true;
  destroys?: true;
}

/** A relative import of a module, as written: `import { dial as d } from './transport.js'`. */
export interface NodeImport {
  /** The name the module uses: `d`, or the namespace `transport` of `import * as transport`. */
  local: string;
  specifier: string;
  /** The export: a name, `default`, or `*` for the whole module (a namespace, `require('./x')`). */
  imported: string;
}

/** Another module's export a function calls: `dial(...)`, `transport.dial(...)`. */
export interface ImportedCall {
  local: string;
  /** `transport.dial` of a namespace: the property. */
  property?: string;
  /** A member of the class it names: `#attach` (instance), `.open` (static). */
  member?: string;
}

export interface ParamDigest {
  effects: SocketEffects;
  /** Handed on to another module's export: what that one does counts too. */
  handsOn: (ImportedCall & { arg: number })[];
  /** Stored, returned or handed where the index does not follow: the caller's socket escapes. */
  escapes: boolean;
}

export interface ExportDigest {
  /** A constant string the module exports (`export const SOCKET_PATH = '/run/app.sock'`): a path its importers may connect to. */
  constant?: string;
  /** The socket the function makes and returns. */
  socket?: { kind: 'stream' | 'tls' | 'dgram'; connecting: boolean; effects: SocketEffects };
  /** Returns the socket another module's export makes: `return getStream()`. */
  returnsCall?: ImportedCall;
  /** By parameter position; undefined where the parameter is not followed. */
  params: (ParamDigest | undefined)[];
  /** A class's member it does not define: its base's, another module's (`class A extends B`). */
  inherits?: ImportedCall;
}

export interface NodeModuleDigest {
  path: string;
  imports: NodeImport[];
  exports: Record<string, ExportDigest>;
}

/** An export as its importers see it, summarized across modules. */
export interface NodeExportFact {
  /** A constant string (see `ExportDigest`). */
  constant?: string;
  socket?: { kind: 'stream' | 'tls' | 'dgram'; connecting: boolean; effects: SocketEffects };
  /** By parameter position: what it does to a socket handed there; null: it escapes there. */
  params: (SocketEffects | null)[];
}

/**
 * The project's modules that tell their importers something, by absolute path, then export
 * name; a class's members are exports too: `Conn` its constructor, `Conn.open` a static
 * method, `Conn#attach` an instance method.
 */
export interface NodeProjectFacts {
  modules: Record<string, Record<string, NodeExportFact>>;
  /** The export names that return a socket: a file that names one may hold a finding. */
  factories: string[];
  /** The modules' names as a specifier ends (`stream` of `./stream.js`, `transport` of `./transport/index.ts`). */
  stems: string[];
}
