/** An application's state as a coloured tag with its label (`<sm-application-status-tag>`). */
export { StatusTagComponent as ApplicationStatusTagComponent } from '../ui/status-tag.component';
