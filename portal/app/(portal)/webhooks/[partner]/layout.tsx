export { default } from '../../reports/[partner]/layout';
