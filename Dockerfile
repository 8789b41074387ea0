# Production image: compiled TypeScript, compiled assets, production dependencies only, run as
# the unprivileged `node` user. MongoDB comes from MONGODB_URI (see docker-compose.yml); the
# embedded store is for development and tests and is not in this image.

FROM node:20.20-bookworm-slim AS build
# better-sqlite3 (the embedded search engine) downloads a prebuilt binary, or compiles with these.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/.cache/assets ./.cache/assets
COPY --from=build /app/views ./views
COPY --from=build /app/models/reference-data ./models/reference-data
# Without SMTP_URL, emails are written under ./data/mail: the node user must own it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/index.js"]
