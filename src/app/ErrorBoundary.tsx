import { Component, type ReactNode } from 'react';

/** A render error shows what went wrong instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <main className="app">
          <div role="alert" className="error">
            <h1>上海人工智能产业数据 · Shanghai AI industry in numbers</h1>
            <p>页面出错 The page failed: {this.state.error.message}</p>
          </div>
        </main>
      );
    }
    return this.props.children;
  }
}
