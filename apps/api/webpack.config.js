const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: ["./src/assets", { input: "../../seeds/data", glob: "**/*.{json,tsv}", output: "seeds" }, { input: "../portal/src/i18n", glob: "**/*.json", output: "i18n" }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // Type-checked with the worker in one program (tsconfig.typecheck.json, `npm test`'s typecheck stage).
      typeCheckOptions: false,
    })
  ],
};
