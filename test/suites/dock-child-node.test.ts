// The child node the DOCK suite serves for forwarding tests: records headers, answers an envelope, closes.
import { expect } from 'chai';
import { createConnection } from 'node:net';
import { callbackHost, closedPortUrl, startChildNode, type ChildNode } from '../../suites/lib/dock-child-node.js';

describe('DOCK child node', () => {
  let child: ChildNode | undefined;
  afterEach(async () => {
    await child?.close();
    child = undefined;
  });

  it('records the trace and hop headers it receives and answers a success envelope', async () => {
    child = await startChildNode('127.0.0.1', {});
    expect(child.baseUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${child.baseUrl}/gx/v1/govx/probe?x=1`, { headers: { 'X-GX-Trace-Id': 'trace-1', 'X-GX-Hop-Count': '3', 'X-Request-Id': 'req-1' } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    expect(res.headers.get('x-request-id')).to.equal('req-1');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).to.include({ code: '0', requestId: 'req-1' });
    expect(child.received).to.have.length(1);
    expect(child.received[0]).to.include({ method: 'GET', path: '/gx/v1/govx/probe' });
    expect(child.withTrace('trace-1')[0]?.headers['x-gx-hop-count']).to.equal('3');
    expect(child.withTrace('other')).to.deep.equal([]);
  });

  it('reaches the harness on loopback targets or a configured callback host only', () => {
    expect(callbackHost({ baseUrl: 'http://127.0.0.1:8080' }, {})).to.equal('127.0.0.1');
    expect(callbackHost({ baseUrl: 'http://localhost:8080/prefix' }, {})).to.equal('127.0.0.1');
    expect(callbackHost({ baseUrl: 'https://gx.example.gov.cn' }, {})).to.equal(undefined);
    expect(callbackHost({ baseUrl: 'https://gx.example.gov.cn' }, { GOVX_CALLBACK_HOST: '10.1.2.3' })).to.equal('10.1.2.3');
  });

  it('a closed-port URL refuses connections', async () => {
    const url = new URL(await closedPortUrl('127.0.0.1'));
    const refused = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: url.hostname, port: Number(url.port) });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).to.equal(true);
  });
});
