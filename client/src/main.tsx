import './styles.css';
import './print.css';

/**
 * A page the server rendered is painted before the app's code runs: evaluating React and the rest
 * (about 100 ms on a modest machine) would otherwise hold the first paint of data already there.
 * A tab opened in the background paints nothing yet (and runs no animation frame): it starts now.
 */
const start = () => void import('./start.tsx');
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start));
