/** A product's state as a coloured tag with its label (`<sm-product-status-tag>`). */
export { StatusTagComponent as ProductStatusTagComponent } from '../ui/status-tag.component';
