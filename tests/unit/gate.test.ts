import { Gate, GateTimeout } from '../../server/src/db/gate';

const far = () => Date.now() + 60_000;

describe('the database gate', () => {
  it('lets `capacity` through at once and the next one in when a slot frees', async () => {
    const gate = new Gate(2);
    const a = await gate.enter(far());
    await gate.enter(far());
    let admitted = false;
    const c = gate.enter(far()).then((release) => ((admitted = true), release));
    await Promise.resolve();
    expect(admitted).toBe(false);
    expect(gate.load).toEqual({ active: 2, waiting: 1 });
    a();
    a(); // releasing twice frees one slot only
    await c;
    expect(admitted).toBe(true);
    expect(gate.load).toEqual({ active: 2, waiting: 0 });
  });

  it('turns a wait that outlives the deadline into GateTimeout and forgets the waiter', async () => {
    const gate = new Gate(1);
    const release = await gate.enter(far());
    await expect(gate.enter(Date.now() + 5)).rejects.toBeInstanceOf(GateTimeout);
    await expect(gate.enter(Date.now() - 1)).rejects.toBeInstanceOf(GateTimeout);
    expect(gate.load.waiting).toBe(0);
    release();
    expect(gate.load.active).toBe(0);
  });

  it('serves first come, first served', async () => {
    const gate = new Gate(1);
    const release = await gate.enter(far());
    const admitted: number[] = [];
    const waits = [1, 2, 3].map((n) =>
      gate.enter(far()).then((free) => {
        admitted.push(n);
        free();
      }),
    );
    release();
    await Promise.all(waits);
    expect(admitted).toEqual([1, 2, 3]);
  });
});
