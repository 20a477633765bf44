/* DDI Studio test shim: stands in for the WDK's ntddk.h (see ddi_wdk_shim.h). */
#include "ddi_wdk_shim.h"
