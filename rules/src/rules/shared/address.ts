import { unwrapValue } from '../../model/c/ast.js';
import { isNamed, thisMember } from '../../model/c/cpp-syntax.js';
import { declarationOf, sockaddrKind } from '../../model/c/declarations.js';
import type { ConnectCall } from '../../model/c/types.js';
import type { SyntaxNode } from '../../parse/syntax.js';
import { PLATFORM_FACTS, type Platform } from '../../platform/platforms.js';

/** The sockaddr connect is given: `(struct sockaddr *)&sin` → sin, a `struct sockaddr_in`. */
export interface AddressTarget {
  /** The variable named in the address argument. */
  name: string;
  /** The struct it is (`sockaddr_in`), when its declaration says so. */
  kind: string | undefined;
  /** Given as a pointer variable (`sa`), not as `&variable`. */
  viaPointer: boolean;
}

export function addressTarget(connect: ConnectCall): AddressTarget | undefined {
  const value = unwrapValue(connect.address);
  let name: SyntaxNode | null = null;
  let viaPointer = false;
  if (value.type === 'pointer_expression' && value.childForFieldName('operator')?.text === '&') {
    const argument = value.childForFieldName('argument');
    name = argument ? unwrapValue(argument) : null;
  } else if (value.type === 'identifier') {
    name = value;
    viaPointer = true;
  }
  // C++: `&this->addr_` names the member `addr_` (its declaration is in the class).
  if (name) name = thisMember(name);
  if (!name || !isNamed(name)) return undefined;
  const declared = declarationOf(name.text, connect.fn, connect.call.startIndex);
  if (!declared) return { name: name.text, kind: undefined, viaPointer };
  // `&sin` of an array or pointer is not the struct; `sa` must be a pointer to one.
  if (viaPointer !== declared.pointer || declared.array)
    return { name: name.text, kind: undefined, viaPointer };
  return { name: name.text, kind: sockaddrKind(declared.type), viaPointer };
}

/**
 * Bytes of each struct, by platform (LP64). sockaddr_un is 2 bytes of header
 * plus sun_path: 104 on FreeBSD and macOS (plus sun_len and sun_family, one byte
 * each), 108 on Linux (plus a 2-byte sun_family).
 */
export function sockaddrSize(kind: string, platform: Platform): number | undefined {
  if (kind === 'sockaddr_un') return PLATFORM_FACTS[platform].sunPathSize + 2;
  const sizes: Readonly<Record<string, number>> = {
    sockaddr: 16,
    sockaddr_in: 16,
    sockaddr_in6: 28,
    sockaddr_storage: 128,
  };
  return sizes[kind];
}

/** The family a sockaddr struct is for. */
export const SOCKADDR_FAMILIES: Readonly<Record<string, 'inet' | 'inet6' | 'unix'>> = {
  sockaddr_in: 'inet',
  sockaddr_in6: 'inet6',
  sockaddr_un: 'unix',
};
