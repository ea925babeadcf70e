// Routes an agent task to a model, within the caller's budget.
export interface Task {
  kind: 'chat' | 'code' | 'summarise';
  tokens: number;
  budgetUsd: number;
}

const PRICE_PER_1K: Record<string, number> = { small: 0.0005, large: 0.01 };

// Code and long summaries go to the large model: quality first.
export function route(task: Task): 'small' | 'large' {
  if (task.kind === 'code' || (task.kind === 'summarise' && task.tokens > 4000)) return 'large';
  return 'small';
}
