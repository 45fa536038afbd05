/**
 * Microsoft's own example bodies from its Partner Center REST docs (docs/partner-center.md names the pages; the same files are in test/fixtures/partner-center), copied verbatim, oddities included
 * (the second order's `sku` and `provisioningStatus` sit beside `links`, not inside it; the
 * billing-cycle example says "Annual"). A .ts module rather than .json so that tsc, Node and Jest
 * all load it without import attributes or copy steps. The seed derives its starting states from
 * these; tests compare answers against their own copies in test/fixtures/simulator.
 */

/** orders-collection.json: GET /customers/b0d70a69-…/orders. */
export const ordersCollectionExample = {
  "totalCount": 2,
  "items": [
    {
      "id": "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1",
      "referenceCustomerId": "b0d70a69-4c42-4b27-b17b-91a835d8686a",
      "billingCycle": "one_time",
      "currencyCode": "USD",
      "lineItems": [
        {
          "lineItemNumber": 0,
          "offerId": "DZH318Z0BQ4B:000Z:DZH318Z0DSPL",
          "friendlyName": "Reserved_VM_Instance_Standard_D1_AP_East_1_Year",
          "quantity": 1,
          "links": {
            "sku": {
              "uri": "/products/DZH318Z0BQ4B/skus/000Z?country=US",
              "method": "GET",
              "headers": []
            }
          }
        }
      ],
      "creationDate": "2018-03-15T02:17:15.6455674Z",
      "status": "pending",
      "links": {
        "provisioningStatus": {
          "uri": "/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1/provisioningstatus",
          "method": "GET",
          "headers": []
        },
        "self": {
          "uri": "/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "objectType": "Order"
      }
    },
    {
      "id": "eeba9d00-7b46-443a-917e-22887a8fc993",
      "referenceCustomerId": "b0d70a69-4c42-4b27-b17b-91a835d8686a",
      "billingCycle": "monthly",
      "currencyCode": "USD",
      "lineItems": [
        {
          "lineItemNumber": 0,
          "offerId": "E59159FC-6F67-4599-B3CB-17FF4020F643",
          "subscriptionId": "DB8C695B-1C3C-4C55-B697-771503DD46BF",
          "friendlyName": "Azure Active Directory Premium P2",
          "quantity": 1,
          "links": {
            "subscription": {
              "uri": "/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/subscriptions/DB8C695B-1C3C-4C55-B697-771503DD46BF",
              "method": "GET",
              "headers": []
            }
          },
          "sku": {
            "uri": "/products/84A661C4-E949-4BD2-A560-ED7766FCAF2B/skus/E59159FC-6F67-4599-B3CB-17FF4020F643",
            "method": "GET",
            "headers": []
          },
          "provisioningStatus": {
            "uri": "/subscriptions/DB8C695B-1C3C-4C55-B697-771503DD46BF/provisioningstatus",
            "method": "GET",
            "headers": []
          }
        }
      ],
      "creationDate": "2018-03-06T17:37:05.253-08:00",
      "status": "completed",
      "links": {
        "self": {
          "uri": "/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders/eeba9d00-7b46-443a-917e-22887a8fc993",
          "method": "GET",
          "headers": []
        }
      },
      "attributes": {
        "etag": "eyJpZCI6ImVlYmE5ZDAwLTdiNDYtNDQzYS05MTdlLTIyODg3YThmYzk5MyIsInZlcnNpb24iOjF9",
        "objectType": "Order"
      }
    }
  ],
  "links": {
    "self": {
      "uri": "/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "objectType": "Collection"
  }
};

/** order-after-cancel.json: the order after PATCHing patch-request-cancel.json. */
export const orderAfterCancelExample = {
  "id": "2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
  "alternateId": "c403d91b21d2",
  "referenceCustomerId": "45411344-b09d-47e7-9653-542006bf9766",
  "billingCycle": "one_time",
  "currencyCode": "USD",
  "currencySymbol": "$",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "DG7GMGF0FKZV:0003:DG7GMGF0DWMS",
      "termDuration": "P3Y",
      "transactionType": "New",
      "friendlyName": "SQL Server Enterprise - 2 Core License Pack - 3 year",
      "quantity": 0,
      "links": {
        "product": {
          "uri": "/products/DG7GMGF0FKZV?country=US",
          "method": "GET",
          "headers": []
        },
        "sku": {
          "uri": "/products/DG7GMGF0FKZV/skus/0003?country=US",
          "method": "GET",
          "headers": []
        },
        "availability": {
          "uri": "/products/DG7GMGF0FKZV/skus/0003/availabilities/DG7GMGF0DWMS?country=US",
          "method": "GET",
          "headers": []
        }
      }
    },
    {
      "lineItemNumber": 1,
      "offerId": "DG7GMGF0DVT7:000C:DG7GMGF0FVZM",
      "termDuration": "P3Y",
      "transactionType": "New",
      "friendlyName": "Windows Server CAL - 1 Device CAL - 3 year",
      "quantity": 1,
      "links": {
        "product": {
          "uri": "/products/DG7GMGF0DVT7?country=US",
          "method": "GET",
          "headers": []
        },
        "sku": {
          "uri": "/products/DG7GMGF0DVT7/skus/000C?country=US",
          "method": "GET",
          "headers": []
        },
        "availability": {
          "uri": "/products/DG7GMGF0DVT7/skus/000C/availabilities/DG7GMGF0FVZM?country=US",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "creationDate": "2019-12-12T17:33:56.1306495Z",
  "status": "completed",
  "transactionType": "UserPurchase",
  "links": {
    "self": {
      "uri": "/customers/45411344-b09d-47e7-9653-542006bf9766/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
      "method": "GET",
      "headers": []
    },
    "provisioningStatus": {
      "uri": "/customers/45411344-b09d-47e7-9653-542006bf9766/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1/provisioningstatus",
      "method": "GET",
      "headers": []
    },
    "patchOperation": {
      "uri": "/customers/45411344-b09d-47e7-9653-542006bf9766/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
      "method": "PATCH",
      "headers": []
    }
  },
  "client": {
    "marketplaceCountry": "US",
    "deviceFamily": "UniversalStore-PartnerCenter",
    "name": "Partner Center API"
  },
  "attributes": {
    "objectType": "Order"
  }
};

/** order-after-billing-cycle-change.json: after PATCHing patch-request-billing-cycle.json. */
export const orderAfterBillingCycleChangeExample = {
  "id": "cf3b0e37-be0b-4cdd-b584-d1a97d98a922",
  "referenceCustomerId": "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04",
  "billingCycle": "Annual",
  "lineItems": [
    {
      "lineItemNumber": 0,
      "offerId": "195416C1-3447-423A-B37B-EE59A99A19C4",
      "subscriptionId": "1C2B75C1-74A5-472A-A729-7F8CEFC477F9",
      "friendlyName": "new offer purchase",
      "quantity": 5,
      "links": {
        "subscription": {
          "uri": "/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/subscriptions/1C2B75C1-74A5-472A-A729-7F8CEFC477F9",
          "method": "GET",
          "headers": []
        }
      }
    },
    {
      "lineItemNumber": 1,
      "offerId": "2828BE95-46BA-4F91-B2FD-0BEF192ECF60",
      "subscriptionId": "69829602-C219-40FD-A3D5-4150FCA41A19",
      "friendlyName": "Some friendly name",
      "quantity": 2,
      "links": {
        "subscription": {
          "uri": "/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/subscriptions/69829602-C219-40FD-A3D5-4150FCA41A19",
          "method": "GET",
          "headers": []
        }
      }
    }
  ],
  "creationDate": "2017-01-25T14:53:12.093-08:00",
  "links": {
    "self": {
      "uri": "/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/orders/cf3b0e37-be0b-4cdd-b584-d1a97d98a922",
      "method": "GET",
      "headers": []
    }
  },
  "attributes": {
    "etag": "eyJpZCI6ImNmM2IwZTM3LWJlMGItNGNkZC1iNTg0LWQxYTk3ZDk4YTkyMiIsInZlcnNpb24iOjJ9",
    "objectType": "Order"
  }
};
