/* DDI Studio test shim: stands in for the WDK's wdf.h (see ddi_wdk_shim.h). */
#include "ddi_wdk_shim.h"
