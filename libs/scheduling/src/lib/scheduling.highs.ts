import loadHighs, { type Highs } from 'highs';

let loading: Promise<Highs> | undefined;

/** One HiGHS WebAssembly runtime per process, loaded on first use. */
export function highsRuntime(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}

/** A row-wise linear model: maximise cost · x subject to rowLower ≤ A x ≤ rowUpper, lower ≤ x ≤ upper. */
export interface LinearModel {
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Column indices of each row; every coefficient is 1. */
  rows: Int32Array[];
  rowUpper: number[];
  rowLower?: number[];
  integer: boolean;
  timeLimitSeconds: number;
}

export interface LinearSolution {
  /** HiGHS model status code (7 = optimal, 13 = time limit). */
  status: number;
  optimal: boolean;
  /** Null when no feasible point is known. */
  x: Float64Array | null;
  objective: number;
  /** Proven upper bound (the MIP dual bound, or the LP objective). */
  bound: number;
}

const OPTIMAL = 7;

/** Solves the model with HiGHS (the one-column-per-decision maximisation both methods build). */
export async function solveLinear(model: LinearModel): Promise<LinearSolution> {
  const highs = await highsRuntime();
  const n = model.cost.length;
  if (n === 0) return { status: OPTIMAL, optimal: true, x: new Float64Array(0), objective: 0, bound: 0 };
  const starts = new Int32Array(model.rows.length + 1);
  model.rows.forEach((r, i) => (starts[i + 1] = starts[i] + r.length));
  const indices = new Int32Array(starts[model.rows.length]);
  model.rows.forEach((r, i) => indices.set(r, starts[i]));
  const values = new Float64Array(indices.length).fill(1);
  return highs.withModel(
    {
      numCols: n,
      numRows: model.rows.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost: model.cost,
      colLower: model.lower,
      colUpper: model.upper,
      rowLower: (model.rowLower ?? model.rows.map(() => -Infinity)).map((b) => (b === -Infinity ? -highs.infinity : b)),
      rowUpper: model.rowUpper.map((b) => (b === Infinity ? highs.infinity : b)),
      matrix: { format: 'csr', numRows: model.rows.length, numCols: n, starts, indices, values },
      ...(model.integer ? { integrality: new Int32Array(n).fill(highs.constants.variableType.integer) } : {}),
    },
    (m) => {
      m.options.set({ output_flag: false, time_limit: model.timeLimitSeconds, ...(model.integer ? { mip_rel_gap: 0, mip_abs_gap: 1e-7 } : {}) });
      m.run();
      const status = m.getModelStatus() as number;
      const feasible = (m.info.get('primal_solution_status') as number) === 2;
      const x = feasible ? m.getSolution().colValue : null;
      const objective = x ? m.getObjectiveValue() : 0;
      const bound = model.integer ? Number(m.info.get('mip_dual_bound')) : objective;
      return { status, optimal: status === OPTIMAL, x, objective, bound: Number.isFinite(bound) ? bound : objective };
    },
  );
}
