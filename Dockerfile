# One image for both processes: `node dist/apps/api/main.js` (API + portal) and
# `node dist/apps/worker/main.js` (worker). Build: docker build -t scenematch .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
# npm install, not npm ci: the lockfile may lack optional native binaries of other platforms (arm64).
RUN npm install --no-fund --no-audit
COPY . .
RUN npx nx run-many -t build -p api worker portal --output-style=static \
 && npm prune --omit=dev --no-fund --no-audit

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 PORTAL_DIR=/app/dist/apps/portal/browser
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
