/** A scenario's state as a coloured tag with its label (`<sm-status-tag>`). */
export { StatusTagComponent } from '../ui/status-tag.component';
