// connect() calls that are not Node sockets: database clients, brokers, our own objects.
import { Client } from 'pg';
import mqtt from 'mqtt';
import * as amqp from 'amqplib';

export async function others(): Promise<void> {
  const pg = new Client({ host: 'db' });
  await pg.connect(); // ok: error-listener
  const broker = mqtt.connect('mqtt://broker'); // ok: error-listener
  const conn = await amqp.connect('amqp://rabbit'); // ok: error-listener
  const net = { connect: (port: number) => port };
  net.connect(80); // ok: error-listener
  console.log(broker, conn);
}
