// Reading a Result in tests, benchmarks and simulations: its value, or the test fails with the refusal's sentence.

/** A reply's value; a refusal fails the test with its sentence. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
