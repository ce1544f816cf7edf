/** The demo users (one list, shared with the seeds and `npm start`'s banner). */
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '@scenematch/contracts';
