/**
 * Shared test set-up. A loaded machine (CI beside a browser run) can take more than the default second to render the
 * app in jsdom: waits for what appears on screen get five, so a slow machine makes a test slower, not red.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
