// A page's script in an application with a bundler: only the elements it
// uses, each from its own entry point, and the stylesheet.
import '@cydran/components/text-input';
import '@cydran/components/button';
import '@cydran/components/cydran.css';
