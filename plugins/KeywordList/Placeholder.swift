import JagaSDK
