/**
 * The optimisers' update loops in WebAssembly, bit-identical to updateInto in
 * src/engine/optimizers.ts: the same operations on the same values in the same order (a
 * multiply then an add, never fused; sqrt and division are correctly rounded in both).
 * Each returns 0 when every value written is finite and NaN otherwise, as the reference does.
 */

// @ts-ignore: decorator
@inline function at(base: usize, k: i32): usize {
  return base + (<usize>k << 3);
}

/** g = ∂L/∂w + λ·[weight]·w, the gradient with L2 decay (biases not decayed). */
// @ts-ignore: decorator
@inline function decayed(g: usize, isW: usize, wk: f64, k: i32, wd: f64): f64 {
  return load<f64>(at(g, k)) + wd * <f64>load<u8>(isW + <usize>k) * wk;
}

/** SGD: w ← w − η g. */
export function sgd(w: usize, g: usize, isW: usize, outW: usize, n: i32, lr: f64, wd: f64): f64 {
  let check: f64 = 0;
  for (let k = 0; k < n; k++) {
    const wk = load<f64>(at(w, k));
    const next = wk - lr * decayed(g, isW, wk, k, wd);
    store<f64>(at(outW, k), next);
    check += next - next;
  }
  return check;
}

/** Momentum: v ← μ v + g; w ← w − η v (Nesterov: w ← w − η (g + μ v)). */
export function momentum(
  w: usize,
  g: usize,
  isW: usize,
  v: usize,
  outW: usize,
  outV: usize,
  n: i32,
  lr: f64,
  wd: f64,
  mu: f64,
  nesterov: bool,
): f64 {
  let check: f64 = 0;
  for (let k = 0; k < n; k++) {
    const wk = load<f64>(at(w, k));
    const gk = decayed(g, isW, wk, k, wd);
    const vk = mu * load<f64>(at(v, k)) + gk;
    const next = wk - lr * (nesterov ? gk + mu * vk : vk);
    store<f64>(at(outV, k), vk);
    store<f64>(at(outW, k), next);
    check += next - next + (vk - vk);
  }
  return check;
}

/** Adam: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; w ← w − η (m / c1) / (√(v / c2) + ε). */
export function adam(
  w: usize,
  g: usize,
  isW: usize,
  m: usize,
  v: usize,
  outW: usize,
  outM: usize,
  outV: usize,
  n: i32,
  lr: f64,
  wd: f64,
  beta1: f64,
  beta2: f64,
  epsilon: f64,
  c1: f64,
  c2: f64,
): f64 {
  let check: f64 = 0;
  for (let k = 0; k < n; k++) {
    const wk = load<f64>(at(w, k));
    const gk = decayed(g, isW, wk, k, wd);
    const mk = beta1 * load<f64>(at(m, k)) + (1 - beta1) * gk;
    const vk = beta2 * load<f64>(at(v, k)) + (1 - beta2) * gk * gk;
    const next = wk - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + epsilon);
    store<f64>(at(outM, k), mk);
    store<f64>(at(outV, k), vk);
    store<f64>(at(outW, k), next);
    check += next - next + (mk - mk) + (vk - vk);
  }
  return check;
}
