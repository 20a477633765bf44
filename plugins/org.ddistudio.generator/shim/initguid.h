/* DDI Studio test shim: stands in for the WDK's initguid.h. Defining INITGUID and including the shim
   again redefines DEFINE_GUID so that GUIDs declared after this point are instantiated. */
#define INITGUID
#include "ddi_wdk_shim.h"
