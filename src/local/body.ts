/** Where an article's text starts, after its YAML front matter (the build's own rule). */
export { bodyOffset } from '../extract/normalize';
