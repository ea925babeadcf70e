// Routes an agent task to a model, within the caller's budget.
export interface Task {
  kind: 'chat' | 'code' | 'summarise';
  tokens: number;
  budgetUsd: number;
}

const PRICE_PER_1K: Record<string, number> = { small: 0.0005, large: 0.01 };

export function route(task: Task): 'small' | 'large' {
  const large = (task.tokens / 1000) * PRICE_PER_1K['large']!;
  return task.kind === 'code' && large <= task.budgetUsd ? 'large' : 'small';
}
