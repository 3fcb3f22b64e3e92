// Views import their own stylesheets (Vite bundles them next to style.css).
declare module '*.css';
