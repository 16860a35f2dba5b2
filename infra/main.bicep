// ITA Workflow in Azure: a Linux Function App on the Flex Consumption plan running the isolated-worker app
// (functions/ItaWorkflow.Functions, .NET 10) with its Durable Task hub, and identity-based access to Storage,
// Key Vault and Application Insights.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Azure region for every resource. Flex Consumption must be available there (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Short lowercase name used to derive resource names, e.g. "itabkk".')
@minLength(3)
@maxLength(12)
param baseName string

@description('Entra ID tenant that signs in administrators.')
param tenantId string = tenant().tenantId

@description('Application (client) id of the Entra app registration used by App Service Authentication for the admin pages.')
param adminAuthClientId string

@description('App role an administrator must hold (Admin:Role).')
param adminRole string = 'ITA.Admin'

@description('Object id of the person or pipeline that sets Key Vault secrets; empty to assign that role yourself.')
param keyVaultOperatorPrincipalId string = ''

@description('Email provider (Email:Provider). Pickup is refused in Azure by start-up validation.')
@allowed([
  'SendGrid'
  'Graph'
])
param emailProvider string = 'SendGrid'

@description('Sender address shown to recipients (Email:From).')
param emailFrom string

@description('Mailbox that sends through Microsoft Graph (Email:Graph:Sender); only used with the Graph provider.')
param graphSender string = ''

@description('Days finished instances are kept before the daily purge (Retention:Days).')
@minValue(30)
@maxValue(3650)
param retentionDays int = 365

@description('NCRONTAB schedule of the Retention function, in UTC. Default 19:30 UTC = 02:30 Bangkok time.')
param retentionSchedule string = '0 30 19 * * *'

@description('Id of the link-signing key in Key Vault secret Links-SigningKey (Links:CurrentKeyId).')
param linkSigningKeyId string = 'k1'

@description('Upper bound of Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

var suffix = uniqueString(resourceGroup().id, baseName)
var storageAccountName = take('st${baseName}${suffix}', 24)
// The Functions host's own storage (leases, timer schedules, the deployment package) lives apart from the case data,
// so the host's broad blob rights never reach evidence or reports.
var hostStorageAccountName = take('stfn${baseName}${suffix}', 24)
// The Durable task hub (history, instances, control and work-item queues, leases) in an account of its own: the
// Azure Storage provider creates its tables, queues and containers at start and so needs account-wide data roles,
// which on the case-data account would reach evidence and reports.
var hubStorageAccountName = take('sthub${baseName}${suffix}', 24)
var keyVaultName = take('kv-${baseName}-${suffix}', 24)
var functionAppName = 'func-${baseName}-${suffix}'
var deploymentContainerName = 'app-package'

// Names the app derives from Storage:Prefix "ita" (StorageNames + StorageOptions); created here so the identity's
// rights can be scoped to them. The case data account has no queues: the Durable task hub has its own account.
var storagePrefix = 'ita'
var tableNames = [
  'InstanceIndex'
  'DeadLetters'
  'Emails'
  'DeliveryProblems'
  'Directory'
  'Plans'
  'CaseTimeline'
]
var containerNames = [
  'evidence'
  'reports'
  'keys'
]

var sendGridSecretName = 'SendGrid-ApiKey'
var linkSigningSecretName = 'Links-SigningKey'
var authClientSecretName = 'Entra-ClientSecret'
var keyRingSecretName = 'DataProtection-KeyEncryptionKey'

// Built-in role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}-${suffix}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // Telemetry is accepted only from Entra-authenticated senders (the app's managed identity).
    DisableLocalAuth: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Every client (Functions host, app, deployment) signs in with the managed identity.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: hostStorageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource hubStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: hubStorageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource hostBlobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: hostStorage
  name: 'default'
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: hostBlobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource appContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for name in containerNames: {
    parent: blobService
    name: '${storagePrefix}-${name}'
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource appTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for name in tableNames: {
    parent: tableService
    name: '${storagePrefix}${name}'
  }
]

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// Case data: blob rights on the app's containers only.
// Tables stay account-scoped: the app creates and queries tables through account-level endpoints, and this account
// holds nothing but the app's tables.
resource containerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (name, i) in containerNames: {
    name: guid(appContainers[i].id, identity.id, roles.storageBlobDataContributor)
    scope: appContainers[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The task hub's account: the Durable extension's Azure Storage provider creates and uses blobs (leases, large
// messages), queues (control, work items) and tables (instances, history) there.
resource hubStorageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [
    roles.storageBlobDataContributor
    roles.storageQueueDataContributor
    roles.storageTableDataContributor
  ]: {
    name: guid(hubStorage.id, identity.id, role)
    scope: hubStorage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// The Functions host's account (AzureWebJobsStorage and the deployment package): the host needs blob ownership for
// leases and the package, queues and tables for its own bookkeeping. No case data lives here.
resource hostStorageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [
    roles.storageBlobDataOwner
    roles.storageQueueDataContributor
    roles.storageTableDataContributor
  ]: {
    name: guid(hostStorage.id, identity.id, role)
    scope: hostStorage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVaultSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultOperatorPrincipalId)) {
  name: guid(keyVault.id, keyVaultOperatorPrincipalId, roles.keyVaultSecretsOfficer)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: keyVaultOperatorPrincipalId
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${baseName}-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // Flex Consumption names the worker runtime here (the FUNCTIONS_WORKER_RUNTIME of other plans, which Flex
      // refuses as an app setting): the .NET 10 isolated worker.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [
    containerRoles
    tableRole
    hubStorageRoles
    hostStorageRoles
    keyVaultSecretsUser
  ]
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    // Functions host storage (leases, timer schedules) through the managed identity, in its own account.
    AzureWebJobsStorage__accountName: hostStorage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    // The Durable task hub's connection ("ItaStorage" in functions/ItaWorkflow.Functions/host.json): its own account.
    ItaStorage__blobServiceUri: hubStorage.properties.primaryEndpoints.blob
    ItaStorage__queueServiceUri: hubStorage.properties.primaryEndpoints.queue
    ItaStorage__tableServiceUri: hubStorage.properties.primaryEndpoints.table
    ItaStorage__credential: 'managedidentity'
    ItaStorage__clientId: identity.properties.clientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    AZURE_CLIENT_ID: identity.properties.clientId
    ITA_RETENTION_SCHEDULE: retentionSchedule
    Storage__AccountName: storage.name
    Storage__ManagedIdentityClientId: identity.properties.clientId
    Storage__Prefix: storagePrefix
    Retention__Days: string(retentionDays)
    Links__PublicBaseUrl: 'https://${functionApp.properties.defaultHostName}'
    Links__CurrentKeyId: linkSigningKeyId
    Links__SigningKeys__0__Id: linkSigningKeyId
    Links__SigningKeys__0__Secret: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${linkSigningSecretName})'
    DataProtection__KeyEncryptionKey: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${keyRingSecretName})'
    Email__Provider: emailProvider
    Email__From: emailFrom
    Email__SendGrid__ApiKey: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${sendGridSecretName})'
    Email__Graph__Sender: graphSender
    Email__Graph__ClientId: identity.properties.clientId
    Admin__Role: adminRole
    // Admins sign in with Entra ID through App Service Authentication, which strips any X-MS-CLIENT-PRINCIPAL header
    // a client sends and sets its own; no admin key is configured, so none is generated or logged.
    Admin__TrustAppServicePrincipal: 'true'
    MICROSOFT_PROVIDER_AUTHENTICATION_SECRET: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${authClientSecretName})'
  }
  dependsOn: [
    metricsPublisher
    appTables
    appContainers
    deploymentContainer
  ]
}

// App Service Authentication with Entra ID. Unauthenticated requests are let through (AllowAnonymous) rather than
// redirected, because divisions and directors open signed links (/l/*) without an account and the Functions host
// probes /healthz*; excludedPaths would have to list every anonymous route and any route added later would silently
// require a login. The platform still strips client-sent X-MS-CLIENT-PRINCIPAL headers and sets the header for
// signed-in users; the app (Admin:TrustAppServicePrincipal) redirects anonymous GETs of /manage/* to
// /.auth/login/aad and answers other admin requests with 401.
resource authSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
      redirectToProvider: 'azureActiveDirectory'
    }
    httpSettings: {
      requireHttps: true
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: adminAuthClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${adminAuthClientId}'
          ]
        }
      }
    }
  }
  dependsOn: [
    appSettings
  ]
}

output functionAppName string = functionApp.name
output functionAppUrl string = 'https://${functionApp.properties.defaultHostName}'
output keyVaultName string = keyVault.name
output storageAccountName string = storage.name
output hostStorageAccountName string = hostStorage.name
output hubStorageAccountName string = hubStorage.name
output managedIdentityClientId string = identity.properties.clientId
output authRedirectUri string = 'https://${functionApp.properties.defaultHostName}/.auth/login/aad/callback'
