// Hover positions in TypeScript: a comment /*@name*/ marks the token right after it.
import * as net from 'node:net';
import { Socket } from 'net';

export function open(port: number): void {
  const s = net./*@create*/connect(port);
  s.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === /*@code-compare*/'ECONNREFUSED') console.warn('refused');
    switch (err.code) {
      case /*@code-case*/'ETIMEDOUT':
        break;
    }
  });
  const t = new Socket();
  t./*@socket-connect*/connect(port);
  const label = /*@plain-string*/'ECONNREFUSED';
  // /*@in-comment*/connect
  db./*@other-connect*/connect();
  /*@plain-id*/s.setNoDelay(true);
  console.log(label);
}
