import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import './app.css';

// No generated code in the browser: the Content-Security-Policy forbids eval, which zod would try.
z.config({ jitless: true });

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><ErrorBoundary><App /></ErrorBoundary></StrictMode>);
