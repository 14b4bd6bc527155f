module csevm.example/go

go 1.19
