/** Where a command's text goes: injectable, so tests capture output without spawning. */
export interface OutputStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
