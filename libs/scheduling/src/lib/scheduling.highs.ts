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

/** Columns to add to a model, each with unit coefficients in the listed rows (CSC). */
export interface ColumnBlock {
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** starts[j] … starts[j + 1] − 1 index the rows of column j in `rows`. */
  starts: Int32Array;
  rows: Int32Array;
}

export interface ColumnGenerationSolution extends LinearSolution {
  /** Pricing rounds (LP solves). */
  rounds: number;
  /** Columns in the final model, in the order they were added. */
  columns: number;
}

/**
 * Maximises over a model whose rows are all given (rowLower ≤ A x ≤ rowUpper) but whose columns
 * arrive by pricing: solve the restricted LP, hand the row duals y to `price` (a column with
 * cost − Σ y over its rows > 0 improves the objective), add what it returns, re-solve from the
 * previous basis. When `price` returns nothing the restricted optimum is the optimum of the whole
 * LP, so `objective` is an exact bound. Duals are passed with the sign convention
 * reduced cost = cost − Σ_rows y.
 */
export async function solveByColumns(
  rowUpper: number[],
  first: ColumnBlock,
  price: (rowDual: Float64Array) => ColumnBlock | null,
  timeLimitSeconds: number,
  rowLower?: number[],
): Promise<ColumnGenerationSolution> {
  const highs = await highsRuntime();
  const numRows = rowUpper.length;
  const inf = (b: number) => (b === Infinity ? highs.infinity : b === -Infinity ? -highs.infinity : b);
  const csc = (b: ColumnBlock) => ({ format: 'csc' as const, numRows, numCols: b.cost.length, starts: b.starts, indices: b.rows, values: new Float64Array(b.rows.length).fill(1) });
  const started = performance.now();
  return highs.withModel(
    {
      numCols: first.cost.length,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: first.cost,
      colLower: first.lower,
      colUpper: first.upper,
      rowLower: (rowLower ?? rowUpper.map(() => -Infinity)).map(inf),
      rowUpper: rowUpper.map(inf),
      matrix: csc(first),
    },
    (m) => {
      let rounds = 0;
      let columns = first.cost.length;
      for (;;) {
        const left = timeLimitSeconds - (performance.now() - started) / 1000;
        // Presolve finds nothing to remove in these models and costs more than the simplex itself.
        m.options.set({ output_flag: false, presolve: 'off', time_limit: Math.max(0.1, left) });
        m.run();
        rounds++;
        const status = m.getModelStatus() as number;
        const feasible = (m.info.get('primal_solution_status') as number) === 2;
        if (status !== OPTIMAL || !feasible) {
          const x = feasible ? m.getSolution().colValue : null;
          return { status, optimal: false, x, objective: x ? m.getObjectiveValue() : 0, bound: Infinity, rounds, columns };
        }
        const solution = m.getSolution();
        // HiGHS's column duals are cost − Aᵀ rowDual (checked: a binding ≤ row of a maximisation has rowDual ≥ 0).
        const block = price(solution.rowDual);
        if (!block || block.cost.length === 0) {
          const objective = m.getObjectiveValue();
          return { status, optimal: true, x: solution.colValue, objective, bound: objective, rounds, columns };
        }
        m.addCols({ cost: block.cost, lower: block.lower, upper: block.upper, matrix: csc(block) });
        columns += block.cost.length;
      }
    },
  );
}

