/** Runs `once` `total` times with `inFlight` runs going at once (a closed loop). */
export async function runCount(once: () => Promise<unknown>, total: number, inFlight: number): Promise<void> {
  let started = 0;
  const lane = async (): Promise<void> => {
    while (started < total) {
      started += 1;
      await once();
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, total) }, lane));
}
