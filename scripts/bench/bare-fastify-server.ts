/**
 * The baseline of the HTTP benches: a bare Fastify route answering a small JSON object, in a
 * process of its own like the API's. Tells its parent the port it listens on.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));
app
  .listen({ port: 0, host: '127.0.0.1' })
  .then(() => {
    const address = app.server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
