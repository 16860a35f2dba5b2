using 'main.bicep'

// Example values; copy and adjust per environment.
param baseName = 'itabkk'
param adminAuthClientId = '00000000-0000-0000-0000-000000000000'
param emailProvider = 'SendGrid'
param emailFrom = 'ita-noreply@example.go.th'
param retentionDays = 365
param linkSigningKeyId = 'k1'
