/**
 * Starts the example service: `PORT=8787 tsx examples/service/src/main.ts` (127.0.0.1 by default;
 * `HOST=0.0.0.0` to listen on every interface).
 */
import { createService } from './server.js';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const server = createService();
server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
  console.log(`coop example service on http://${shown}  (POST /grade, POST /plans/:id/evaluate, GET /deadlines)`);
});
