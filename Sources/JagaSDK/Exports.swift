// The SDK is everything a plugin author needs: the model (JagaCore), the text toolkit
// (JagaText) and the plugin protocols below. `import JagaSDK` brings all three.
@_exported import JagaCore
@_exported import JagaText
